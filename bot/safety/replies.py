"""The words Tandem sends about safety, assembled from content/safety (pure, no Discord).

Category-aware: the opening sentence and extra advice come from replies.toml for the
category, and category lines (domestic abuse, substance use) are added to the region's
general lines. Never quotes the member's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.safety import Contact, ResourceLine, SafetyContent

FALLBACK_REGION = "INTL"
_KIND_TEMPLATES = {
    "call": "Call {value}",
    "text": "Text {value}",
    "chat": "Chat at {value}",
    "email": "Email {value}",
    "web": "{value}",
}


@dataclass(frozen=True, slots=True)
class ResourceText:
    name: str
    how: str  # "Call 988 · Text 988 · Chat at 988lifeline.org"


@dataclass(frozen=True, slots=True)
class MemberReply:
    title: str
    opening: str
    extra: str
    resources_title: str
    resources_intro: str
    lines: list[ResourceText]
    emergency: str
    directory: str
    closing: str
    region_name: str


def contact_text(contact: Contact) -> str:
    text = _KIND_TEMPLATES.get(contact.kind, "{value}").format(value=contact.value)
    return f"{text} ({contact.note})" if contact.note else text


def line_text(line: ResourceLine) -> ResourceText:
    return ResourceText(line.name, " · ".join(contact_text(c) for c in line.how))


def resolve_region(content: SafetyContent, region: str | None) -> str:
    """A region code the content knows: the one asked for, else the international one."""
    names = content.region_names()
    code = (region or "").strip().upper()
    if code in names:
        return code
    if FALLBACK_REGION in names:
        return FALLBACK_REGION
    return next(iter(names), FALLBACK_REGION)


def member_reply(content: SafetyContent, region: str | None, category: str | None) -> MemberReply:
    code = resolve_region(content, region)
    replies = content.replies
    reply = content.reply_for(category)
    regions = content.regions
    emergency = regions[code].emergency if code in regions else "your local emergency number"
    return MemberReply(
        title=replies.member_title,
        opening=reply.opening,
        extra=reply.extra,
        resources_title=replies.resources_title,
        resources_intro=replies.resources_intro,
        lines=[line_text(line) for line in content.lines_for(code, category)],
        emergency=replies.emergency.format(emergency=emergency),
        directory=replies.directory,
        closing=replies.member_closing,
        region_name=regions[code].name if code in regions else code,
    )


def region_choices(content: SafetyContent, typed: str) -> list[tuple[str, str]]:
    """(label, code) pairs for autocomplete, best matches first, at most 25."""
    needle = typed.strip().lower()
    found = [
        (f"{name} ({code})", code)
        for code, name in sorted(content.region_names().items(), key=lambda item: item[1])
        if not needle or needle in code.lower() or needle in name.lower()
    ]
    found.sort(key=lambda item: not item[1].lower().startswith(needle))
    return found[:25]
