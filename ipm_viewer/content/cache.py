"""A cache of the loaded, checked content, so start-up does not parse every YAML file again.

The key covers everything the result depends on: every file's path, size and modification time
under the content roots and diagram folders, the app version, the Python version and the date
(review warnings depend on it). Any change makes a new key; a broken or foreign cache file is
ignored and rebuilt. Positions inside files are not cached: they serve only the problems list,
which is cached already made.

Each procedure is stored as its own pickle inside the file and read when it is first looked up:
start-up reads only the procedures' listings (what the home screen and search need), so a
library of 1,000 procedures starts nearly as fast as the bundled one, and a procedure nobody
opens never takes memory.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ipm_viewer import __version__
from ipm_viewer.content.library import LanguageContent, Library
from ipm_viewer.content.model import Procedure

CACHE_FORMAT = 3
_FILE = "content-{key}.pickle"


def fingerprint(folders: Sequence[Path], today: str) -> str:
    """A key that changes whenever any file under `folders` changes, is added or removed."""
    digest = hashlib.sha256()
    header = f"{CACHE_FORMAT}|{__version__}|{sys.version_info[:2]}|{today}"
    digest.update(header.encode())
    for folder in folders:
        digest.update(f"\0{folder.resolve()}".encode())
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
                digest.update(f"\0{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


class _StoredProcedures:
    """Every procedure of a library, each pickled on its own; unpickled once, when first read.

    Shared by the languages: a procedure shown untranslated in Spanish is the English one, read
    once.
    """

    def __init__(self, blobs: list[bytes]) -> None:
        self._blobs = blobs
        self._read: dict[int, Procedure] = {}

    def __getstate__(self) -> list[bytes]:
        return self._blobs

    def __setstate__(self, blobs: list[bytes]) -> None:
        self.__init__(blobs)  # type: ignore[misc]

    def read_count(self) -> int:
        return len(self._read)

    def get(self, index: int) -> Procedure:
        procedure = self._read.get(index)
        if procedure is None:
            procedure = pickle.loads(self._blobs[index])
            self._read[index] = procedure
        return procedure


class LazyProcedures(Mapping[str, Procedure]):
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

    def keys(self) -> Any:  # the ids, without reading any procedure
        return self._indexes.keys()

    def read_count(self) -> int:
        """How many procedures of the library have been read so far (for the benchmarks)."""
        return self._stored.read_count()


def _stored_procedures(library: Library) -> dict[str, LazyProcedures]:
    """Each language's procedures as a lazy mapping over one shared store."""
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
    stored = _StoredProcedures(blobs)
    return {code: LazyProcedures(stored, ids) for code, ids in indexes.items()}


def _slim(content: LanguageContent, procedures: LazyProcedures) -> LanguageContent:
    """What is cached of one language: no positions; procedures stored one by one."""
    # The listings go in made: start-up reads them without reading a procedure.
    listings = dict(content.listings())
    return dataclasses.replace(
        content, procedures=procedures, locations={}, listing_cache=listings
    )


def load(cache_dir: Path, key: str) -> Library | None:
    """The cached library for `key`, or None when there is none or it cannot be read."""
    path = cache_dir / _FILE.format(key=key)
    try:
        with path.open("rb") as handle:
            library = pickle.load(handle)  # our own file, in the user's own cache folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return library if isinstance(library, Library) else None


def store(cache_dir: Path, key: str, library: Library) -> None:
    """Write the library for `key` atomically, and remove caches of older content."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob(_FILE.format(key="*")):
            old.unlink(missing_ok=True)
        procedures = _stored_procedures(library)
        languages = {
            code: _slim(content, procedures[code]) for code, content in library.languages.items()
        }
        slim = Library(languages, library.diagrams, library.problems)
        with tempfile.NamedTemporaryFile("wb", dir=cache_dir, delete=False) as handle:
            pickle.dump(slim, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, cache_dir / _FILE.format(key=key))
    except OSError:
        pass  # a read-only or full disk only costs the next start-up some time
