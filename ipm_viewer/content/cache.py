"""A cache of the loaded, checked content, so start-up does not parse every YAML file again.

The key covers everything the result depends on: every file's path, size and modification time
under the content roots and diagram folders, the app version, the Python version and the date
(review warnings depend on it). Any change makes a new key; a broken or foreign cache file is
ignored and rebuilt. The file is named by a checksum of the key and holds the key itself, which
must match in full: no hash collision can ever show stale content, and start-up does not load
a cryptographic library to name a file. Positions inside files are not cached: they serve only
the problems list, which is cached already made.

Each procedure is stored as its own pickle inside the file and read when it is first looked up:
start-up reads only the procedures' listings (what the home screen and search need), so a
library of 1,000 procedures starts nearly as fast as the bundled one, and a procedure nobody
opens never takes memory.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import mmap
import os
import pickle
import struct
import sys
import tempfile
import zlib
from collections.abc import Iterator, KeysView, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipm_viewer import __version__
from ipm_viewer.content.library import LanguageContent, Library, ProcedureListing

if TYPE_CHECKING:  # unpickled with the first procedure opened
    from ipm_viewer.content.procedure_model import Procedure

CACHE_FORMAT = 5
_FILE = "content-{key}.pickle"
_MAGIC = b"IPM-VIEWER-CONTENT\n"
_LENGTH = struct.Struct("<Q")  # the length of the key, then of the header


def fingerprint(folders: Sequence[Path], today: str) -> str:
    """A key that changes whenever any file under `folders` changes, is added or removed."""
    parts = [f"{CACHE_FORMAT}|{__version__}|{sys.version_info[:2]}|{today}"]
    for folder in folders:
        parts.append(f"{folder.resolve()}")
        if not folder.is_dir():
            continue
        for directory, subdirs, files in os.walk(folder):
            subdirs.sort()
            for name in sorted(files):
                path = os.path.join(directory, name)
                try:
                    stat = os.stat(path)
                except OSError:
                    continue
                parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}")
    return "\0".join(parts)


def _file_name(key: str) -> str:
    """The cache file for `key`: two checksums of it, which only name the file (see load)."""
    data = key.encode("utf-8", "surrogateescape")
    return _FILE.format(key=f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}")


class _StoredProcedures:
    """Every procedure of a library, each pickled on its own; unpickled once, when first read.

    The pickles stay in the cache file, mapped into memory: a procedure's bytes are read from
    disk only when it is opened. Shared by the languages: a procedure shown untranslated in
    Spanish is the English one, read once.
    """

    def __init__(self, data: bytes | mmap.mmap, spans: list[tuple[int, int]]) -> None:
        self._data = data
        self._spans = spans  # (start, end) of each procedure's pickle in `data`
        self._read: dict[int, Procedure] = {}

    def read_count(self) -> int:
        return len(self._read)

    def get(self, index: int) -> Procedure:
        procedure = self._read.get(index)
        if procedure is None:
            start, end = self._spans[index]
            procedure = pickle.loads(self._data[start:end])
            self._read[index] = procedure
        return procedure


class LazyProcedures(Mapping[str, "Procedure"]):
    """One language's procedures by id, each read from the cache when first looked up."""

    def __init__(self, stored: _StoredProcedures, indexes: dict[str, int]) -> None:
        self._stored = stored
        self._indexes = indexes

    def __getitem__(self, procedure_id: str) -> Procedure:
        return self._stored.get(self._indexes[procedure_id])

    def __contains__(self, procedure_id: object) -> bool:  # without reading the procedure
        return procedure_id in self._indexes

    def __iter__(self) -> Iterator[str]:
        return iter(self._indexes)

    def __len__(self) -> int:
        return len(self._indexes)

    def keys(self) -> KeysView[str]:  # the ids, without reading any procedure
        return self._indexes.keys()

    def read_count(self) -> int:
        """How many procedures of the library have been read so far (for the benchmarks)."""
        return self._stored.read_count()


def _stored_procedures(library: Library) -> tuple[dict[str, LazyProcedures], list[bytes]]:
    """Each language's procedures as a lazy mapping over one shared store, and the pickles."""
    blobs: list[bytes] = []
    index_of: dict[int, int] = {}  # id() of a procedure object -> its blob
    indexes: dict[str, dict[str, int]] = {}
    for code, content in library.languages.items():
        indexes[code] = {}
        for procedure_id, procedure in content.procedures.items():
            if id(procedure) not in index_of:
                index_of[id(procedure)] = len(blobs)
                blobs.append(pickle.dumps(procedure, protocol=pickle.HIGHEST_PROTOCOL))
            indexes[code][procedure_id] = index_of[id(procedure)]
    spans, offset = [], 0
    for blob in blobs:
        spans.append((offset, offset + len(blob)))
        offset += len(blob)
    stored = _StoredProcedures(b"", spans)  # the bytes go after the header, not inside it
    return {code: LazyProcedures(stored, ids) for code, ids in indexes.items()}, blobs


def _slim(
    content: LanguageContent,
    procedures: LazyProcedures,
    listed: dict[int, ProcedureListing],
) -> LanguageContent:
    """What is cached of one language: no positions; procedures stored one by one.

    The listings go in made, so start-up reads them without reading a procedure; a procedure
    shown untranslated shares its listing with the base language (`listed`, by procedure).
    """
    listings = {
        procedure_id: listed.setdefault(id(procedure), listing)
        for (procedure_id, listing), procedure in zip(
            content.listings().items(), content.procedures.values(), strict=True
        )
    }
    return dataclasses.replace(content, procedures=procedures, locations={}, listing_cache=listings)


class _HeaderPickler(pickle.Pickler):
    """Pickles the library with its procedure store as a reference: the pickles follow it."""

    def persistent_id(self, obj: object) -> Any:
        if isinstance(obj, _StoredProcedures):
            return ("procedures", obj._spans)
        return None


class _HeaderUnpickler(pickle.Unpickler):
    """Reads the library back, pointing its procedure store at the pickles after the header."""

    def __init__(self, header: memoryview, procedures: mmap.mmap | bytes, start: int) -> None:
        super().__init__(io.BytesIO(header))
        self._procedures = procedures
        self._start = start
        self._stored: _StoredProcedures | None = None

    def persistent_load(self, pid: Any) -> Any:
        kind, spans = pid
        if kind != "procedures":
            raise pickle.UnpicklingError(f"unknown reference {kind!r}")
        if self._stored is None:  # one store, shared by every language that refers to it
            moved = [(self._start + start, self._start + end) for start, end in spans]
            if moved and moved[-1][1] > len(self._procedures):
                raise pickle.UnpicklingError("the file ends before its last procedure")
            self._stored = _StoredProcedures(self._procedures, moved)
        return self._stored


def load(cache_dir: Path, key: str) -> Library | None:
    """The cached library for `key`, or None when there is none or it cannot be read."""
    path = cache_dir / _file_name(key)
    try:
        with path.open("rb") as handle:
            # Mapped, not read: start-up touches only the key's and the header's pages.
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        if data[: len(_MAGIC)] != _MAGIC:
            return None
        key_start = len(_MAGIC) + _LENGTH.size
        (key_length,) = _LENGTH.unpack_from(data, len(_MAGIC))
        key_end = key_start + key_length
        if data[key_start:key_end] != key.encode("utf-8", "surrogateescape"):
            return None  # another content's cache under the same checksums: rebuilt
        header_start = key_end + _LENGTH.size
        (header_length,) = _LENGTH.unpack_from(data, key_end)
        header_end = header_start + header_length
        header = memoryview(data)[header_start:header_end]
        try:
            # Our own file, in the user's own cache folder.
            library = _HeaderUnpickler(header, data, header_end).load()
        finally:
            header.release()  # a view left open would keep the map from closing
    except (
        OSError,
        ValueError,
        struct.error,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
    ):
        return None
    return library if isinstance(library, Library) else None


def store(cache_dir: Path, key: str, library: Library) -> None:
    """Write the library for `key` atomically, and remove caches of older content."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        procedures, blobs = _stored_procedures(library)
        listed: dict[int, ProcedureListing] = {}
        languages = {
            code: _slim(content, procedures[code], listed)
            for code, content in library.languages.items()
        }
        slim = Library(languages, library.diagrams, library.problems)
        header = io.BytesIO()
        _HeaderPickler(header, protocol=pickle.HIGHEST_PROTOCOL).dump(slim)
        encoded_key = key.encode("utf-8", "surrogateescape")
        with tempfile.NamedTemporaryFile("wb", dir=cache_dir, delete=False) as handle:
            handle.write(_MAGIC + _LENGTH.pack(len(encoded_key)) + encoded_key)
            handle.write(_LENGTH.pack(len(header.getbuffer())))
            handle.write(header.getbuffer())
            handle.writelines(blobs)
        os.replace(handle.name, cache_dir / _file_name(key))
    except OSError:
        return  # a read-only or full disk only costs the next start-up some time
    for old in cache_dir.glob(_FILE.format(key="*")):
        if old.name != _file_name(key):
            # On Windows a cache still mapped by this process cannot go yet: next time.
            with contextlib.suppress(OSError):
                old.unlink()
