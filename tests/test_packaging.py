"""Installable like a desktop app: icons in every size, a valid desktop entry and AppStream
data, and an archive whose install.sh puts everything in the XDG places (and takes it out)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from ipm_viewer import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "org.ipmviewer.IPMViewer"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_icons_exist_in_every_size() -> None:
    from PySide6.QtGui import QImage

    for size in PNG_SIZES:
        image = QImage(
            str(PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        )
        assert (image.width(), image.height()) == (size, size)
    ico = (PACKAGING / "icons" / "ipm-viewer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)  # an icon file with 16..256 px


@pytest.mark.parametrize(
    ("tool", "args", "name"),
    [
        ("desktop-file-validate", [], f"linux/{APP_ID}.desktop"),
        ("appstreamcli", ["validate", "--no-net"], f"linux/{APP_ID}.metainfo.xml"),
    ],
)
def test_desktop_metadata_is_valid(tool: str, args: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    result = subprocess.run(
        [tool, *args, str(PACKAGING / name)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_archive_installs_and_uninstalls_per_user(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = bundle / "ipm-viewer"
    program.write_text("#!/bin/sh\necho 'IPM Viewer here'\n")
    program.chmod(0o755)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "make_dist.py"),
            "--bundle",
            str(bundle),
            "--out",
            str(tmp_path / "dist"),
            "--platform",
            "linux-x86_64",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    archive = Path(result.stdout.strip())
    assert archive.name == f"ipm-viewer-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(archive) as packed:
        packed.extractall(tmp_path / "unpacked", filter="tar")
    top = tmp_path / "unpacked" / f"ipm-viewer-{__version__}-linux-x86_64"
    assert "install.sh --user" in (top / "INSTALL.txt").read_text(encoding="utf-8")

    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), PATH=f"{home / '.local/bin'}:/usr/bin:/bin")
    subprocess.run(
        ["sh", str(top / "install.sh"), "--user"], env=env, check=True, capture_output=True
    )
    data = home / ".local" / "share"
    app = data / "ipm-viewer" / "app"
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={app}/ipm-viewer" in entry
    assert (data / "icons/hicolor/16x16/apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    launched = subprocess.run(["ipm-viewer"], env=env, capture_output=True, text=True, check=True)
    assert launched.stdout.strip() == "IPM Viewer here"

    subprocess.run(
        ["sh", str(app / "install.sh"), "--uninstall", "--user"],
        env=env,
        check=True,
        capture_output=True,
    )
    left = [p for p in home.rglob("*") if p.is_file() or p.is_symlink()]
    assert [p for p in left if not p.name.endswith(".cache")] == []  # menu tools' own caches


def test_system_install_needs_root(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: a system-wide install would really happen")
    result = subprocess.run(
        ["sh", str(PACKAGING / "linux" / "install.sh")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1 and "--user" in result.stderr
