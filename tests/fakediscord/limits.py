"""Discord's documented message, component and modal limits, checked on every payload the bot sends.

Each check returns a list of human-readable problems; the fake records them as violations.
"""

from __future__ import annotations

from typing import Any

from tests.fakediscord.models import iter_components

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
ACTION_ROWS_MAX = 5
ROW_BUTTONS_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_OPTIONS_MAX = 25
SELECT_OPTION_LABEL_MAX = 100
SELECT_PLACEHOLDER_MAX = 150
MODAL_TITLE_MAX = 45
MODAL_COMPONENTS_MAX = 5
TEXT_INPUT_LABEL_MAX = 45
TEXT_INPUT_MAX_LENGTH = 4000
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
CHOICE_VALUE_MAX = 100
INITIAL_RESPONSE_SECONDS = 3.0
FOLLOWUP_SECONDS = 15 * 60
# Components V2 flag: the message is made only of components (no content/embeds).
IS_COMPONENTS_V2 = 1 << 15


def _len(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def check_embed(embed: dict[str, Any], where: str) -> tuple[list[str], int]:
    problems: list[str] = []
    total = 0
    title, desc = embed.get("title"), embed.get("description")
    total += _len(title) + _len(desc)
    if _len(title) > EMBED_TITLE_MAX:
        problems.append(f"{where}: embed title {_len(title)} > {EMBED_TITLE_MAX} chars")
    if _len(desc) > EMBED_DESCRIPTION_MAX:
        problems.append(f"{where}: embed description {_len(desc)} > {EMBED_DESCRIPTION_MAX} chars")
    fields = embed.get("fields") or []
    if len(fields) > EMBED_FIELDS_MAX:
        problems.append(f"{where}: {len(fields)} embed fields > {EMBED_FIELDS_MAX}")
    for i, f in enumerate(fields):
        name, value = f.get("name"), f.get("value")
        total += _len(name) + _len(value)
        if not name or not value:
            problems.append(f"{where}: embed field {i} has an empty name or value (Discord rejects it)")
        if _len(name) > EMBED_FIELD_NAME_MAX:
            problems.append(f"{where}: embed field {i} name {_len(name)} > {EMBED_FIELD_NAME_MAX} chars")
        if _len(value) > EMBED_FIELD_VALUE_MAX:
            problems.append(f"{where}: embed field {i} value {_len(value)} > {EMBED_FIELD_VALUE_MAX} chars")
    footer = (embed.get("footer") or {}).get("text")
    total += _len(footer)
    if _len(footer) > EMBED_FOOTER_MAX:
        problems.append(f"{where}: embed footer {_len(footer)} > {EMBED_FOOTER_MAX} chars")
    author = (embed.get("author") or {}).get("name")
    total += _len(author)
    if _len(author) > EMBED_AUTHOR_MAX:
        problems.append(f"{where}: embed author name {_len(author)} > {EMBED_AUTHOR_MAX} chars")
    return problems, total


def check_components(components: list[dict[str, Any]], where: str, *, v2: bool = False) -> list[str]:
    problems: list[str] = []
    if not v2 and len(components) > ACTION_ROWS_MAX:
        problems.append(f"{where}: {len(components)} action rows > {ACTION_ROWS_MAX}")
    seen: set[str] = set()
    for comp in iter_components(components):
        ctype = comp.get("type")
        if ctype == 1:
            children = comp.get("components") or []
            buttons = [c for c in children if c.get("type") == 2]
            selects = [c for c in children if c.get("type") in (3, 5, 6, 7, 8)]
            if len(buttons) > ROW_BUTTONS_MAX:
                problems.append(f"{where}: {len(buttons)} buttons in one action row > {ROW_BUTTONS_MAX}")
            if selects and len(children) > 1:
                problems.append(f"{where}: a select menu must be alone in its action row")
            if not children:
                problems.append(f"{where}: empty action row")
        custom_id = comp.get("custom_id")
        if custom_id is not None:
            if len(custom_id) > CUSTOM_ID_MAX:
                problems.append(f"{where}: custom_id {custom_id!r} is {len(custom_id)} > {CUSTOM_ID_MAX} chars")
            if custom_id in seen:
                problems.append(f"{where}: custom_id {custom_id!r} used twice in one message")
            seen.add(custom_id)
        if ctype == 2:
            if _len(comp.get("label")) > BUTTON_LABEL_MAX:
                problems.append(f"{where}: button label {_len(comp.get('label'))} > {BUTTON_LABEL_MAX} chars")
            style = comp.get("style")
            if style == 5 and not comp.get("url"):
                problems.append(f"{where}: link button without url")
            if style not in (5, 6) and not custom_id:
                problems.append(f"{where}: button without custom_id")
            if not comp.get("label") and not comp.get("emoji"):
                problems.append(f"{where}: button needs a label or an emoji")
        if ctype == 3:
            options = comp.get("options") or []
            if len(options) > SELECT_OPTIONS_MAX:
                problems.append(f"{where}: select has {len(options)} options > {SELECT_OPTIONS_MAX}")
            if not options:
                problems.append(f"{where}: string select without options")
            values = [o.get("value") for o in options]
            if len(set(values)) != len(values):
                problems.append(f"{where}: select option values are not unique")
            for o in options:
                if _len(o.get("label")) > SELECT_OPTION_LABEL_MAX:
                    problems.append(f"{where}: select option label > {SELECT_OPTION_LABEL_MAX} chars")
        if ctype in (3, 5, 6, 7, 8) and _len(comp.get("placeholder")) > SELECT_PLACEHOLDER_MAX:
            problems.append(f"{where}: select placeholder > {SELECT_PLACEHOLDER_MAX} chars")
    return problems


def check_message(payload: dict[str, Any], where: str) -> list[str]:
    """Limits for a message create/edit body (channel message, interaction response, followup)."""
    problems: list[str] = []
    content = payload.get("content")
    if isinstance(content, str) and len(content) > CONTENT_MAX:
        problems.append(f"{where}: content is {len(content)} > {CONTENT_MAX} chars")
    embeds = payload.get("embeds") or []
    if len(embeds) > EMBEDS_MAX:
        problems.append(f"{where}: {len(embeds)} embeds > {EMBEDS_MAX}")
    total = 0
    for embed in embeds:
        embed_problems, size = check_embed(embed, where)
        problems += embed_problems
        total += size
    if total > EMBED_TOTAL_MAX:
        problems.append(f"{where}: embeds total {total} > {EMBED_TOTAL_MAX} chars")
    components = payload.get("components")
    flags = payload.get("flags") or 0
    if components:
        problems += check_components(components, where, v2=bool(flags & IS_COMPONENTS_V2))
    return problems


def check_modal(data: dict[str, Any], where: str) -> list[str]:
    problems: list[str] = []
    title = data.get("title")
    if not title or _len(title) > MODAL_TITLE_MAX:
        problems.append(f"{where}: modal title {title!r} must be 1..{MODAL_TITLE_MAX} chars")
    custom_id = data.get("custom_id") or ""
    if not custom_id or len(custom_id) > CUSTOM_ID_MAX:
        problems.append(f"{where}: modal custom_id must be 1..{CUSTOM_ID_MAX} chars")
    top = data.get("components") or []
    if not top or len(top) > MODAL_COMPONENTS_MAX:
        problems.append(f"{where}: modal has {len(top)} components; must be 1..{MODAL_COMPONENTS_MAX}")
    seen: set[str] = set()
    for comp in top:
        if comp.get("type") == 1:
            children = comp.get("components") or []
            if len(children) != 1:
                problems.append(f"{where}: a modal action row must hold exactly one text input")
            label = None
        elif comp.get("type") == 18:
            children = [comp.get("component") or {}]
            label = comp.get("label")
            if not label or _len(label) > TEXT_INPUT_LABEL_MAX:
                problems.append(f"{where}: modal label {label!r} must be 1..{TEXT_INPUT_LABEL_MAX} chars")
        else:
            children = [comp]
            label = None
        for child in children:
            cid = child.get("custom_id")
            if cid:
                if len(cid) > CUSTOM_ID_MAX:
                    problems.append(f"{where}: modal custom_id {cid!r} > {CUSTOM_ID_MAX} chars")
                if cid in seen:
                    problems.append(f"{where}: modal custom_id {cid!r} used twice")
                seen.add(cid)
            if child.get("type") == 4:
                child_label = child.get("label")
                if label is None and (not child_label or _len(child_label) > TEXT_INPUT_LABEL_MAX):
                    problems.append(
                        f"{where}: text input label {child_label!r} must be 1..{TEXT_INPUT_LABEL_MAX} chars"
                    )
                if label is not None and child_label:
                    problems.append(f"{where}: a text input inside a Label must not have its own label")
                max_length = child.get("max_length")
                if max_length is not None and not 1 <= max_length <= TEXT_INPUT_MAX_LENGTH:
                    problems.append(f"{where}: text input max_length {max_length} not in 1..{TEXT_INPUT_MAX_LENGTH}")
                min_length = child.get("min_length")
                if min_length is not None and not 0 <= min_length <= TEXT_INPUT_MAX_LENGTH:
                    problems.append(f"{where}: text input min_length {min_length} not in 0..{TEXT_INPUT_MAX_LENGTH}")
                value = child.get("value")
                if isinstance(value, str) and max_length is not None and len(value) > max_length:
                    problems.append(f"{where}: text input default value longer than its max_length")
            if child.get("type") == 3:
                problems += check_components([child], where)
    return problems


def check_choices(choices: list[dict[str, Any]], where: str) -> list[str]:
    problems: list[str] = []
    if len(choices) > CHOICES_MAX:
        problems.append(f"{where}: {len(choices)} autocomplete choices > {CHOICES_MAX}")
    for c in choices:
        if not 1 <= _len(c.get("name")) <= CHOICE_NAME_MAX:
            problems.append(f"{where}: choice name {c.get('name')!r} must be 1..{CHOICE_NAME_MAX} chars")
        value = c.get("value")
        if isinstance(value, str) and len(value) > CHOICE_VALUE_MAX:
            problems.append(f"{where}: choice value > {CHOICE_VALUE_MAX} chars")
    return problems
