"""Tandem: a Discord bot for peer-support communities learning interdependency."""

__version__ = "0.1.0"
