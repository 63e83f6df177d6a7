"""Ed25519 keys and signatures over a pack's manifest, via the `cryptography` package.

A public key is written as one short line, `ed25519:<base64>`, so it fits in clinic.yaml. A
key's fingerprint (SHA-256 of the raw key, first 128 bits, in groups of four) is what staff
compare on the "About this device" panel.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ipm_viewer.packs.errors import PackError

KEY_PREFIX = "ed25519:"
PRIVATE_KEY_NAME = "pack-signing.key"
PUBLIC_KEY_NAME = "pack-signing.pub"


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A trusted signer's key, as written in clinic.yaml."""

    text: str
    key: Ed25519PublicKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)


def fingerprint(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def parse_public_key(text: str) -> PublicKey:
    """`ed25519:<base64 of 32 bytes>` -> key; PackError when it is not one."""
    cleaned = text.strip()
    if not cleaned.startswith(KEY_PREFIX):
        raise PackError(f"'{cleaned[:20]}' is not a public key (expected '{KEY_PREFIX}...')")
    try:
        raw = base64.b64decode(cleaned.removeprefix(KEY_PREFIX), validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise PackError(f"'{cleaned[:20]}...' is not a valid Ed25519 public key") from None
    return PublicKey(cleaned, key)


def read_public_key(path: Path) -> PublicKey:
    try:
        return parse_public_key(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(f"cannot read the public key {path}: {exc.strerror}") from None


def generate_keys(out_dir: Path) -> tuple[Path, Path]:
    """Write a new private key (readable by its owner only) and its public key into `out_dir`.

    Refuses to overwrite an existing key: a lost signing key means re-keying every device.
    """
    private_path, public_path = out_dir / PRIVATE_KEY_NAME, out_dir / PUBLIC_KEY_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise PackError(f"{path} already exists; it was not overwritten")
    out_dir.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    public_path.write_text(public_key_text(private.public_key()) + "\n", encoding="utf-8")
    return private_path, public_path


def read_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise PackError(f"cannot read the signing key {path}: {exc.strerror}") from None
    except (ValueError, TypeError):
        raise PackError(f"{path} is not a private key made by 'ipm-viewer pack keygen'") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{path} is not an Ed25519 key")
    return key


def sign(data: bytes, key: Ed25519PrivateKey) -> bytes:
    return key.sign(data)


def verify(data: bytes, signature: bytes, trusted: Iterable[PublicKey]) -> PublicKey:
    """The trusted key that made `signature` over `data`; PackError when none did."""
    keys = list(trusted)
    if not keys:
        raise PackError(
            "no trusted keys: list the signer's public key under trusted_keys in clinic.yaml"
        )
    for candidate in keys:
        try:
            candidate.key.verify(signature, data)
        except InvalidSignature:
            continue
        return candidate
    raise PackError(
        "the signature does not match any trusted key: the pack was signed by an unknown key "
        "or changed after signing"
    )


def parse_trusted_keys(texts: Iterable[str]) -> tuple[list[PublicKey], list[str]]:
    """Keys from clinic.yaml, plus a message for each entry that is not a key."""
    keys: list[PublicKey] = []
    bad: list[str] = []
    for text in texts:
        try:
            keys.append(parse_public_key(text))
        except PackError as exc:
            bad.append(str(exc))
    return keys, bad
