"""The staff PIN that unlocks kiosk mode: stored only as a salted, slow hash."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

_ALGORITHM = "pbkdf2_sha256"
_ITERATIONS = 200_000  # about 0.1 s to check: nothing for staff, slow for guessing
_PIN = re.compile(r"[0-9]{4,12}\Z")


class PinError(ValueError):
    """A PIN that may not be used, with the reason in words staff understand."""


def check_new_pin(pin: str) -> None:
    if not _PIN.match(pin):
        raise PinError("the PIN must be 4 to 12 digits")
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise PinError("the PIN is too easy to guess (all one digit, or a run like 1234)")


def hash_pin(pin: str, *, iterations: int = _ITERATIONS) -> str:
    """`pbkdf2_sha256$<iterations>$<salt>$<hash>` for a new PIN."""
    check_new_pin(pin)
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return "$".join((_ALGORITHM, str(iterations), _b64(salt), _b64(digest)))


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored hash; False for anything malformed."""
    try:
        algorithm, iterations, salt, expected = stored.split("$")
        if algorithm != _ALGORITHM:
            return False
        digest = hashlib.pbkdf2_hmac(
            "sha256", pin.encode(), base64.b64decode(salt), int(iterations)
        )
        return hmac.compare_digest(digest, base64.b64decode(expected))
    except (ValueError, TypeError):
        return False


def is_pin_hash(stored: str) -> bool:
    return stored.startswith(f"{_ALGORITHM}$") and stored.count("$") == 3


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
