"""A test-only extension that exercises every interaction shape the fake Discord serves.

Loaded by tests/e2e/test_harness.py with ``bot.load_extension`` on the running TandemBot.
"""

from __future__ import annotations

import asyncio
import io
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

Interaction = discord.Interaction[Any]


class ClassicModal(discord.ui.Modal, title="Classic form"):
    note: discord.ui.TextInput[Any] = discord.ui.TextInput(label="Your note", custom_id="harness:note", max_length=200)
    extra: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Anything else", custom_id="harness:extra", required=False, style=discord.TextStyle.paragraph
    )

    async def on_submit(self, interaction: Interaction) -> None:
        await interaction.response.send_message(f"classic:{self.note.value}|{self.extra.value}", ephemeral=True)


class LabelModal(discord.ui.Modal, title="Label form"):
    def __init__(self) -> None:
        super().__init__()
        self.feeling: discord.ui.TextInput[Any] = discord.ui.TextInput(custom_id="harness:feeling", max_length=100)
        self.choice: discord.ui.Select[Any] = discord.ui.Select(
            custom_id="harness:pick", options=[discord.SelectOption(label=x, value=x) for x in ("calm", "tense")]
        )
        self.add_item(discord.ui.Label(text="How are you?", component=self.feeling))
        self.add_item(discord.ui.Label(text="Pick one", component=self.choice))

    async def on_submit(self, interaction: Interaction) -> None:
        # Type 7: a modal opened from a button may update the message that carried the button.
        await interaction.response.edit_message(content=f"label:{self.feeling.value}|{self.choice.values[0]}")


class Panel(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Classic", custom_id="harness:classic")
    async def classic(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.send_modal(ClassicModal())

    @discord.ui.button(label="Label", custom_id="harness:label")
    async def label(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.send_modal(LabelModal())

    @discord.ui.button(label="Count", custom_id="harness:count")
    async def count(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        n = int((interaction.message.content if interaction.message else "0").split(":")[-1] or 0) + 1
        await interaction.response.edit_message(content=f"count:{n}")

    @discord.ui.select(custom_id="harness:select", options=[discord.SelectOption(label=x, value=x) for x in "abc"])
    async def select(self, interaction: Interaction, select: discord.ui.Select[Any]) -> None:
        await interaction.response.defer()
        await interaction.followup.send(f"picked:{select.values[0]}", ephemeral=True)


    @discord.ui.select(cls=discord.ui.UserSelect, custom_id="harness:who", row=2)
    async def who(self, interaction: Interaction, select: discord.ui.UserSelect[Any]) -> None:
        await interaction.response.send_message(f"who:{select.values[0].id}:{select.values[0].name}",
                                                ephemeral=True)


class HarnessCog(commands.GroupCog, group_name="harness"):
    def __init__(self) -> None:
        super().__init__()
        self.entered = asyncio.Event()
        self.gate = asyncio.Event()

    @app_commands.command(name="echo")
    async def echo(self, interaction: Interaction, text: str, count: int, ratio: float, flag: bool,
                   who: discord.Member, where: discord.TextChannel, role: discord.Role) -> None:
        """Echo typed options."""
        await interaction.response.send_message(
            f"{text}|{count}|{ratio}|{flag}|{who.id}|{who.display_name}|{where.id}|{role.id}|{role.name}"
        )

    @app_commands.command(name="file")
    async def file(self, interaction: Interaction, doc: discord.Attachment) -> None:
        """Send a file back reversed."""
        data = await doc.read()
        await interaction.response.send_message(
            f"got {doc.filename} ({doc.size} bytes)", file=discord.File(io.BytesIO(data[::-1]), "back.txt")
        )

    @app_commands.command(name="panel")
    async def panel(self, interaction: Interaction) -> None:
        """Post a panel with buttons and a select."""
        await interaction.response.send_message("count:0", view=Panel())

    @app_commands.command(name="gated")
    async def gated(self, interaction: Interaction) -> None:
        """Answer only after the test opens the gate."""
        self.entered.set()
        await self.gate.wait()
        await interaction.response.send_message("finally")

    @app_commands.command(name="later")
    async def later(self, interaction: Interaction) -> None:
        """Defer, then follow up after the test opens the gate."""
        await interaction.response.defer(thinking=True)
        self.entered.set()
        await self.gate.wait()
        await interaction.followup.send("later")
        await interaction.followup.send("second", ephemeral=True)

    @app_commands.command(name="long")
    async def long(self, interaction: Interaction, size: int) -> None:
        """Reply with ``size`` characters (over 2000 breaks Discord's limit)."""
        await interaction.response.send_message("x" * size)

    @app_commands.command(name="post")
    async def post(self, interaction: Interaction, where: discord.TextChannel, text: str) -> None:
        """Post publicly in a channel."""
        await where.send(text)
        await interaction.response.send_message("posted", ephemeral=True)

    @app_commands.command(name="dm")
    async def dm(self, interaction: Interaction, text: str) -> None:
        """DM the invoker."""
        try:
            await interaction.user.send(text)
        except discord.Forbidden as exc:
            await interaction.response.send_message(f"dm failed {exc.code}", ephemeral=True)
            return
        await interaction.response.send_message("dm sent", ephemeral=True)

    @app_commands.command(name="pick")
    @app_commands.choices(colour=[app_commands.Choice(name="Red", value="red"),
                                  app_commands.Choice(name="Blue", value="blue")])
    async def pick(self, interaction: Interaction, colour: app_commands.Choice[str],
                   city: str | None = None) -> None:
        """Choices and autocomplete."""
        await interaction.response.send_message(f"{colour.value}|{city}")

    @pick.autocomplete("city")
    async def city_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        cities = ("Berlin", "Bern", "Paris")
        return [app_commands.Choice(name=c, value=c) for c in cities if current.lower() in c.lower()]


@app_commands.context_menu(name="Harness message")
async def harness_message(interaction: Interaction, message: discord.Message) -> None:
    await interaction.response.send_message(f"message:{message.id}:{message.content}", ephemeral=True)


@app_commands.context_menu(name="Harness user")
async def harness_user(interaction: Interaction, member: discord.Member) -> None:
    await interaction.response.send_message(f"user:{member.id}:{member.name}", ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(HarnessCog())
    bot.tree.add_command(harness_message)
    bot.tree.add_command(harness_user)
    bot.add_view(Panel())


async def teardown(bot: commands.Bot) -> None:
    bot.tree.remove_command("Harness message", type=discord.AppCommandType.message)
    bot.tree.remove_command("Harness user", type=discord.AppCommandType.user)
