"""Write a pack (a zip) and read one defensively: nothing in a pack is trusted until checked.

Reading refuses, before anything is unpacked: a file that is not a complete zip, links,
absolute or `..` paths (zip-slip), files that are not content, too many files, too many bytes
and compression ratios only a zip bomb has. Then the signature over the manifest is checked,
and every file is unpacked (or only hashed) against its size and SHA-256 in the manifest,
counting the bytes really read rather than trusting the zip's own headers.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ipm_viewer.packs.errors import PackError
from ipm_viewer.packs.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    check_member_name,
    parse_manifest,
)
from ipm_viewer.packs.signing import PublicKey, verify

PACK_SUFFIX = ".ipmpack"
MAX_FILES = 10_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # far above a clinic's text and diagrams
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_RATIO = 100  # YAML and SVG compress about 3-10 times; a bomb thousands of times
RATIO_FLOOR_BYTES = 1024 * 1024  # small files may compress well without harm
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class VerifiedPack:
    """A pack whose signature and every file checked out."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    signer: PublicKey


def write_pack(folder: Path, manifest: Manifest, signature: bytes, out: Path) -> None:
    """Zip the manifest, its signature and every file it lists into `out`."""
    temporary = out.with_name(out.name + ".part")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST_NAME, manifest.to_bytes())
        archive.writestr(SIGNATURE_NAME, signature)
        for name in sorted(manifest.files):
            archive.write(folder / name, name)
    temporary.replace(out)


def read_pack(path: Path, trusted: Iterable[PublicKey], dest: Path | None = None) -> VerifiedPack:
    """Check the pack at `path`; with `dest`, unpack its content files into that empty folder.

    PackError says what was refused. On error `dest` may hold part of the files: the caller
    unpacks into a temporary folder and removes it.
    """
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackError(f"{path} does not exist") from None
    except (zipfile.BadZipFile, OSError):
        raise PackError(
            f"{path.name} is not a complete pack (cut short while copying, or not a pack at all)"
        ) from None
    with archive:
        members = _checked_members(archive)
        manifest_bytes = _read_small(archive, members.pop(MANIFEST_NAME, None), MANIFEST_NAME)
        signature = _read_small(archive, members.pop(SIGNATURE_NAME, None), SIGNATURE_NAME)
        signer = verify(manifest_bytes, signature, trusted)
        manifest = parse_manifest(manifest_bytes)
        extra = sorted(set(members) - set(manifest.files))
        missing = sorted(set(manifest.files) - set(members))
        if extra or missing:
            listed = ", ".join([*extra, *missing][:3])
            raise PackError(f"the pack's files do not match its manifest ({listed})")
        for name, entry in sorted(manifest.files.items()):
            target = dest / name if dest is not None else None
            _unpack_checked(archive, members[name], entry.size, entry.sha256, target)
    return VerifiedPack(manifest, manifest_bytes, signature, signer)


def _checked_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_FILES + 2:
        raise PackError(f"the pack holds {len(infos):,} files; at most {MAX_FILES:,} are allowed")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackError(f"'{name}' is a link; packs may hold only plain files")
        if info.is_dir():
            raise PackError(f"'{name}' is a folder entry; packs list files only")
        if name not in (MANIFEST_NAME, SIGNATURE_NAME):
            why = check_member_name(name)
            if why is not None:
                raise PackError(why)
        if name in members:
            raise PackError(f"'{name}' appears twice in the pack")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError(
                f"the pack unpacks to more than {MAX_TOTAL_BYTES // 2**20} MiB; refused as a "
                "possible zip bomb"
            )
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            1, info.compress_size
        ):
            raise PackError(
                f"'{name}' is compressed {info.file_size // max(1, info.compress_size):,} times; "
                "refused as a possible zip bomb"
            )
        members[name] = info
    return members


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, name: str) -> bytes:
    if info is None:
        raise PackError(f"the pack has no {name}: it is not a signed pack")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackError(f"{name} is too large")
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_MANIFEST_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackError(f"{name} is damaged or was changed after signing ({exc})") from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackError(f"{name} is too large")
    return data


def _unpack_checked(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    size: int,
    sha256: str,
    target: Path | None,
) -> None:
    """Stream one member, stopping as soon as it is longer than the manifest says."""
    digest = hashlib.sha256()
    read = 0
    try:
        with archive.open(info) as source:
            output = None
            if target is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                output = target.open("xb")
            try:
                for block in iter(lambda: source.read(_CHUNK), b""):
                    read += len(block)
                    if read > size:
                        raise PackError(f"'{info.filename}' is larger than its manifest says")
                    digest.update(block)
                    if output is not None:
                        output.write(block)
            finally:
                if output is not None:
                    output.close()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackError(
            f"'{info.filename}' is damaged or was changed after the pack was signed ({exc})"
        ) from None
    if read != size or digest.hexdigest() != sha256:
        raise PackError(f"'{info.filename}' was changed after the pack was signed")
