"""A cache of the loaded, checked content, so start-up does not parse every YAML file again.

The key covers everything the result depends on: every file's path, size and modification time
under the content roots and diagram folders, the app version, the Python version and the date
(review warnings depend on it). Any change makes a new key; a broken or foreign cache file is
ignored and rebuilt. Positions inside files are not cached: they serve only the problems list,
which is cached already made.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ipm_viewer import __version__
from ipm_viewer.content.library import Library

CACHE_FORMAT = 2
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
        languages = {
            code: dataclasses.replace(content, locations={})
            for code, content in library.languages.items()
        }
        slim = Library(languages, library.diagrams, library.problems)
        with tempfile.NamedTemporaryFile("wb", dir=cache_dir, delete=False) as handle:
            pickle.dump(slim, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, cache_dir / _FILE.format(key=key))
    except OSError:
        pass  # a read-only or full disk only costs the next start-up some time
