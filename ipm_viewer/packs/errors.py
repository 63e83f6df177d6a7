"""The one error a pack operation raises: its message says, in plain words, what was refused."""

from __future__ import annotations


class PackError(Exception):
    """A pack, key or install folder cannot be used; nothing on disk was changed."""
