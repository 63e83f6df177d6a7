"""`manifest.json`: what a pack is and every file in it, with its size and SHA-256.

The signature covers the manifest's exact bytes, and the manifest covers every file, so one
signature check plus one hash per file proves the whole pack is as the clinic signed it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ipm_viewer.packs.errors import PackError

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
# Only what content is made of: text, diagrams, pictures. Nothing a computer would run.
CONTENT_SUFFIXES = frozenset({".yaml", ".svg", ".png", ".md"})
PACK_ID_PATTERN = re.compile(r"[a-z0-9]+([.-][a-z0-9]+)*\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One content file: its size in bytes and SHA-256 (hex)."""

    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """A pack's identity and contents; `files` maps a POSIX relative path to its entry."""

    pack_id: str
    version: str
    created: str
    files: dict[str, FileEntry] = field(default_factory=dict)
    format: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        """Canonical JSON (sorted keys), so the same manifest always signs the same bytes."""
        document = {
            "format": self.format,
            "pack_id": self.pack_id,
            "version": self.version,
            "created": self.created,
            "files": {
                name: {"size": entry.size, "sha256": entry.sha256}
                for name, entry in sorted(self.files.items())
            },
        }
        return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("utf-8")

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files.values())


def check_member_name(name: str) -> str | None:
    """Why `name` may not be a content file in a pack, or None when it may.

    Refuses absolute paths, drive letters, backslashes, `..` and empty parts (zip-slip), and
    anything that is not a content file.
    """
    if not name or name.startswith("/") or "\\" in name or ":" in name:
        return f"'{name}' is not a relative path inside the pack"
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return f"'{name}' leaves the pack folder or has an empty part"
    if PurePosixPath(name).suffix.lower() not in CONTENT_SUFFIXES:
        allowed = ", ".join(sorted(CONTENT_SUFFIXES))
        return f"'{name}' is not a content file (only {allowed} are allowed)"
    return None


def parse_manifest(data: bytes) -> Manifest:
    """Read and check manifest bytes; PackError says what is wrong."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"{MANIFEST_NAME} is not valid JSON: {exc}") from None
    if not isinstance(document, dict):
        raise PackError(f"{MANIFEST_NAME} must be a JSON object")
    if document.get("format") != FORMAT_VERSION:
        raise PackError(
            f"{MANIFEST_NAME} has format {document.get('format')!r}; this app reads format "
            f"{FORMAT_VERSION} (update the app to use this pack)"
        )
    pack_id, version, created = (document.get(k) for k in ("pack_id", "version", "created"))
    if not isinstance(pack_id, str) or not PACK_ID_PATTERN.match(pack_id):
        raise PackError(f"{MANIFEST_NAME}: pack_id {pack_id!r} must be lowercase words")
    if not isinstance(version, str) or not version.strip():
        raise PackError(f"{MANIFEST_NAME}: version is missing")
    if not isinstance(created, str):
        raise PackError(f"{MANIFEST_NAME}: created is missing")
    files = document.get("files")
    if not isinstance(files, dict) or not files:
        raise PackError(f"{MANIFEST_NAME}: files must list at least one file")
    entries: dict[str, FileEntry] = {}
    for name, entry in files.items():
        why = check_member_name(name)
        if why is not None:
            raise PackError(f"{MANIFEST_NAME}: {why}")
        size = entry.get("size") if isinstance(entry, dict) else None
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if (
            not isinstance(size, int)
            or size < 0
            or not isinstance(digest, str)
            or not (_SHA256.match(digest))
        ):
            raise PackError(f"{MANIFEST_NAME}: '{name}' needs a size and a SHA-256")
        entries[name] = FileEntry(size, digest)
    return Manifest(pack_id, version, created, entries)


def content_files(folder: Path) -> list[str]:
    """Every file under `folder` as a POSIX relative path, sorted (the pack's own files aside)."""
    names = [
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() or path.is_symlink()
    ]
    return sorted(n for n in names if n not in (MANIFEST_NAME, SIGNATURE_NAME))


def file_entry(path: Path) -> FileEntry:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
            size += len(block)
    return FileEntry(size, digest.hexdigest())


def manifest_for_folder(folder: Path, pack_id: str, version: str) -> Manifest:
    """Describe every file under `folder`; PackError for a file a pack may not carry."""
    if not PACK_ID_PATTERN.match(pack_id):
        raise PackError(f"pack id '{pack_id}' must be lowercase words joined by - or .")
    files: dict[str, FileEntry] = {}
    for name in content_files(folder):
        path = folder / name
        why = check_member_name(name)
        if why is None and path.is_symlink():
            why = f"'{name}' is a link; copy the file itself into the folder"
        if why is not None:
            raise PackError(why)
        files[name] = file_entry(path)
    if not files:
        raise PackError(f"{folder} holds no content files")
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return Manifest(pack_id, version, created, files)
