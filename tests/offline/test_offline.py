"""Proven offline: the app runs with every socket operation forbidden, and the bundle carries
no networking code (no QtNetwork, no socket or TLS modules)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
BUNDLE = ROOT / "dist" / "ipm-viewer"
NO_NETWORK = HERE / "no_network.py"
NETWORK_EXIT = 97

# Files that can only be networking code: Qt's network library and binding, Python's socket
# and TLS extensions.
NETWORK_FILE = re.compile(r"(Qt6?Network|QtNetwork|^_socket\.|^_ssl\.|^libssl)", re.IGNORECASE)
NETWORK_MODULES = {
    "socket",
    "ssl",
    "asyncio",
    "socketserver",
    "http.client",
    "urllib.request",
    "xmlrpc",
    "ftplib",
    "smtplib",
    "multiprocessing",
}


def run_offline(
    *args: str, timeout: int = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, str(NO_NETWORK), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def test_the_guard_really_stops_a_connection(tmp_path: Path) -> None:
    """The hook must end a program that tries; otherwise the tests below prove nothing."""
    probe = tmp_path / "probe.py"
    probe.write_text("import socket\nsocket.getaddrinfo('example.org', 443)\nprint('online')\n")
    result = run_offline(str(probe))
    assert result.returncode == NETWORK_EXIT
    assert "NETWORK ACCESS: socket.getaddrinfo" in result.stderr
    assert "online" not in result.stdout


def test_selftest_runs_with_sockets_forbidden() -> None:
    result = run_offline("-m", "ipm_viewer", "--selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest: OK" in result.stdout


def test_a_scripted_session_runs_with_sockets_forbidden(
    tmp_path: Path, good_content: Path
) -> None:
    """With a signed pack installed the same way IT would, by the command, also offline."""
    from tests.packs.conftest import make_signer, sign_folder

    signer = make_signer(tmp_path / "keys")
    pack = sign_folder(good_content, signer, tmp_path / "clinic.ipmpack")
    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text(f'trusted_keys:\n  - "{signer.key.text}"\n', encoding="utf-8")
    env = {"IPM_VIEWER_CLINIC": str(clinic_file), "IPM_VIEWER_PACKS": str(tmp_path / "packs")}
    installed = run_offline("-m", "ipm_viewer", "pack", "install", str(pack), env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    result = run_offline(str(HERE / "gui_session.py"), timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "session: signed content packs shown: 1" in result.stdout
    assert "session: OK" in result.stdout


def _spec_list(name: str) -> list[str]:
    """A list of strings assigned in build.spec (starred lists expanded)."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    lists: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            target = node.targets[0]
            if isinstance(target, ast.Name):
                values: list[str] = []
                for item in node.value.elts:
                    if isinstance(item, ast.Constant) and isinstance(item.value, str):
                        values.append(item.value)
                    elif isinstance(item, ast.Starred) and isinstance(item.value, ast.Name):
                        values += lists[item.value.id]
                lists[target.id] = values
    return lists[name]


def test_build_spec_leaves_out_networking() -> None:
    excluded = set(_spec_list("EXCLUDED_MODULES"))
    assert "PySide6.QtNetwork" in excluded
    assert NETWORK_MODULES | {"_socket", "_ssl"} <= excluded
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "Network" in re.search(r"DROP_QT_LIBRARIES = re.compile\((.*?)\n\)", spec, re.S)[1]


@pytest.mark.bundle
@pytest.mark.skipif(not BUNDLE.is_dir(), reason="no bundle: run `make bundle` first")
def test_the_bundle_holds_no_networking_code(tmp_path: Path) -> None:
    import zipfile

    files = [p for p in BUNDLE.rglob("*") if p.is_file() or p.is_symlink()]
    assert files, "the bundle folder is empty"
    offenders = [str(p.relative_to(BUNDLE)) for p in files if NETWORK_FILE.search(p.name)]
    assert offenders == []
    # Pure-Python modules are .pyc files in the bundle folder (build.spec: noarchive); a bundle
    # built with an archive would hold them in base_library.zip and the PYZ in the program.
    modules = {_module_name(p.relative_to(BUNDLE)) for p in BUNDLE.rglob("*.pyc")}
    for base in BUNDLE.rglob("base_library.zip"):
        modules |= {n.removesuffix(".pyc").replace("/", ".") for n in zipfile.ZipFile(base).namelist()}
    modules |= _pyz_modules(tmp_path)
    assert "ipm_viewer.cli" in modules  # the modules were found at all
    found = {m for m in modules for bad in NETWORK_MODULES if m == bad or m.startswith(bad + ".")}
    assert found == set()


def _module_name(path: Path) -> str:
    """_internal/ipm_viewer/cli.pyc -> ipm_viewer.cli; _internal/xml/__init__.pyc -> xml."""
    parts = list(path.with_suffix("").parts)
    if parts and parts[0] == "_internal":
        parts = parts[1:]
    if parts and parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _pyz_modules(scratch: Path) -> set[str]:
    """Module names in the bundle's PYZ archive, if it has one (needs PyInstaller)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader
    except ImportError:
        return set()
    program = BUNDLE / ("ipm-viewer.exe" if sys.platform == "win32" else "ipm-viewer")
    archive = CArchiveReader(str(program))
    pyz_name = next((name for name in archive.toc if name.endswith(".pyz")), None)
    if pyz_name is None:
        return set()
    pyz_data = archive.extract(pyz_name)
    pyz_path = scratch / "bundle.pyz"
    pyz_path.write_bytes(pyz_data)
    return set(ZlibArchiveReader(str(pyz_path)).toc)
