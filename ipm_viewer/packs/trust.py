"""Decide, at start-up, which clinic content folders a device may show.

A folder is shown when it is a pack signed by a key in clinic.yaml's `trusted_keys` and every
file in it is exactly as signed (no file changed, added or removed). With
`require_signed_content` off, a plain folder without a signature is shown too (for authoring);
a folder that carries a signature must still verify. The bundled library is not checked here:
it is trusted as shipped with the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ipm_viewer.content.library import ContentPack
from ipm_viewer.content.model import Position
from ipm_viewer.content.problems import Problems
from ipm_viewer.packs.errors import PackError
from ipm_viewer.packs.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    content_files,
    file_entry,
    parse_manifest,
)

if TYPE_CHECKING:  # cryptography loads only when a folder is signed or must be
    from ipm_viewer.packs.signing import PublicKey


@dataclass(frozen=True, slots=True)
class ContentTrust:
    """The keys a device trusts, and whether unsigned clinic content is hidden."""

    keys: tuple[PublicKey, ...] = ()
    required: bool = False


def check_folder(folder: Path, keys: Sequence[PublicKey]) -> ContentPack:
    """The pack in `folder` when it is signed by a trusted key and unchanged; else PackError."""
    from ipm_viewer.packs.signing import verify

    signature_path, manifest_path = folder / SIGNATURE_NAME, folder / MANIFEST_NAME
    if not signature_path.is_file() or not manifest_path.is_file():
        raise PackError("it is not signed (no manifest.sig): install it as a signed content pack")
    try:
        manifest_bytes, signature = manifest_path.read_bytes(), signature_path.read_bytes()
    except OSError as exc:
        raise PackError(f"its signature cannot be read: {exc.strerror}") from None
    signer = verify(manifest_bytes, signature, keys)
    manifest = parse_manifest(manifest_bytes)
    on_disk = content_files(folder)
    added = sorted(set(on_disk) - set(manifest.files))
    if added:
        raise PackError(f"'{added[0]}' was added after signing")
    for name, entry in sorted(manifest.files.items()):
        path = folder / name
        if path.is_symlink() or not path.is_file():
            raise PackError(f"'{name}' is missing or is a link")
        if file_entry(path) != entry:
            raise PackError(f"'{name}' was changed after signing")
    return ContentPack(
        str(folder),
        manifest.pack_id,
        manifest.version,
        manifest.created,
        signer.fingerprint,
    )


def check_roots(
    roots: Sequence[Path], trust: ContentTrust
) -> tuple[list[Path], list[ContentPack], Problems]:
    """The clinic folders that may be shown, the verified packs among them, and why any is not."""
    shown: list[Path] = []
    packs: list[ContentPack] = []
    problems = Problems()
    for root in roots:
        signed = (root / SIGNATURE_NAME).exists()
        if not signed and not trust.required:
            shown.append(root)
            continue
        try:
            packs.append(check_folder(root, trust.keys))
        except PackError as exc:
            rule = (
                "require_signed_content is on, so only content signed by a key in "
                "trusted_keys is shown"
                if trust.required
                else "signed content must match a key in trusted_keys"
            )
            problems.error(
                Position(str(root), 1, 1),
                f"this content folder is not shown: {exc} ({rule})",
            )
            continue
        shown.append(root)
    return shown, packs, problems
