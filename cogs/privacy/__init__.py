"""Placeholder extension; the privacy feature replaces it."""

from __future__ import annotations

from typing import Any


async def setup(bot: Any) -> None:
    return None
