"""Put a verified pack in place atomically, keep the previous one, and roll back to it.

Layout of a packs folder:
    state.json                       {"current": "<folder>", "previous": "<folder>" | null}
    <pack_id>-<version>-<stamp>/     one installed pack: content files, manifest.json, .sig
The pack is checked completely before anything is written. It is then unpacked into a
temporary folder beside the target and checked again as written, renamed into place, and
only then does `state.json` switch to it, by an atomic rename. A power cut at any moment
leaves `state.json` naming either the old pack or the new one, each complete on disk; folders
it does not name are leftovers that the next install removes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ipm_viewer.packs.archive import VerifiedPack, read_pack
from ipm_viewer.packs.errors import PackError
from ipm_viewer.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME
from ipm_viewer.packs.signing import PublicKey
from ipm_viewer.packs.state import STATE_NAME, InstallState, read_state

_INCOMING = ".incoming-"
_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def install_pack(
    pack: Path, packs_dir: Path, trusted: Iterable[PublicKey]
) -> tuple[VerifiedPack, Path]:
    """Install `pack` as the current content; returns it and its folder. PackError on refusal."""
    keys = list(trusted)
    read_pack(pack, keys)  # refuse before writing anything at all
    before = read_state(packs_dir)
    try:
        packs_dir.mkdir(parents=True, exist_ok=True)
        incoming = Path(tempfile.mkdtemp(prefix=_INCOMING, dir=packs_dir))
    except OSError as exc:
        raise PackError(f"cannot write to {packs_dir}: {exc.strerror}") from None
    target: Path | None = None
    try:
        # Checked again while unpacking: the file may have changed since the first read.
        verified = read_pack(pack, keys, incoming)
        (incoming / MANIFEST_NAME).write_bytes(verified.manifest_bytes)
        (incoming / SIGNATURE_NAME).write_bytes(verified.signature)
        _sync_tree(incoming)
        target = packs_dir / _folder_name(verified)
        os.rename(incoming, target)
        _write_state(packs_dir, InstallState(target, before.current))
    except (PackError, OSError) as exc:
        shutil.rmtree(incoming, ignore_errors=True)
        if target is not None and read_state(packs_dir).current != target:
            shutil.rmtree(target, ignore_errors=True)
        if isinstance(exc, PackError):
            raise
        raise PackError(
            f"could not install into {packs_dir}: {exc.strerror or exc}; "
            "the content in use was not changed"
        ) from None
    _remove_unused(packs_dir)
    return verified, target


def rollback(packs_dir: Path) -> Path:
    """Make the previous pack current again (the current one becomes the previous)."""
    state = read_state(packs_dir)
    if state.previous is None:
        raise PackError(f"there is no previous content pack in {packs_dir} to go back to")
    try:
        _write_state(packs_dir, InstallState(state.previous, state.current))
    except OSError as exc:
        raise PackError(f"could not roll back in {packs_dir}: {exc.strerror or exc}") from None
    return state.previous


def _folder_name(verified: VerifiedPack) -> str:
    manifest = verified.manifest
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    return f"{manifest.pack_id}-{_UNSAFE.sub('_', manifest.version)}-{stamp}"


def _write_state(packs_dir: Path, state: InstallState) -> None:
    document = {
        "current": state.current.name if state.current else None,
        "previous": state.previous.name if state.previous else None,
    }
    temporary = packs_dir / (STATE_NAME + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.replace(temporary, packs_dir / STATE_NAME)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(packs_dir)


def _remove_unused(packs_dir: Path) -> None:
    """Remove pack folders the state no longer names, and leftovers of interrupted installs."""
    state = read_state(packs_dir)
    keep = {p.name for p in (state.current, state.previous) if p is not None}
    for child in packs_dir.iterdir():
        ours = child.name.startswith(_INCOMING) or (child / MANIFEST_NAME).is_file()
        if ours and child.is_dir() and not child.is_symlink() and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def _sync_tree(folder: Path) -> None:
    """Flush unpacked files to disk before the rename makes them the content in use."""
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to flush it; NTFS journals renames itself
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
