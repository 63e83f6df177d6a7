"""Pack the one-folder bundle into the archive an IT department deploys (`make dist`).

    python scripts/make_dist.py [--bundle dist/ipm-viewer] [--out dist]

Writes dist/ipm-viewer-<version>-<platform>.tar.gz on Linux (.zip on Windows and macOS) with
one top folder holding the bundle (ipm-viewer/), INSTALL.txt and docs/deployment.md; on Linux
also install.sh, the desktop entry, AppStream metadata and the icons in their XDG layout
(share/...). Prints the archive's path.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.ipmviewer.IPMViewer"


def version() -> str:
    text = (ROOT / "ipm_viewer" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("no __version__ in ipm_viewer/__init__.py")
    return found.group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"{system}-{machine}"


def extra_files(tag: str) -> list[tuple[Path, str]]:
    """(source, path in the archive) for everything beside the bundle folder."""
    files = [(ROOT / "docs" / "deployment.md", "docs/deployment.md")]
    if tag.startswith("linux"):
        linux = ROOT / "packaging" / "linux"
        files += [
            (linux / "install.sh", "install.sh"),
            (linux / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
            (linux / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
        ]
        icons = ROOT / "packaging" / "icons"
        files += [
            (icon, f"share/icons/{icon.relative_to(icons).as_posix()}")
            for icon in sorted((icons / "hicolor").rglob(f"{APP_ID}.*"))
        ]
    return files


def install_text(tag: str) -> bytes:
    template = (ROOT / "packaging" / "INSTALL.txt").read_text(encoding="utf-8")
    return template.format(version=version(), platform=tag).encode("utf-8")


def write_tar(out: Path, top: str, bundle: Path, tag: str) -> None:
    import io

    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, f"{top}/ipm-viewer")  # keeps modes and symlinks
        for source, name in extra_files(tag):
            archive.add(source, f"{top}/{name}")
        text = install_text(tag)
        info = tarfile.TarInfo(f"{top}/INSTALL.txt")
        info.size = len(text)
        info.mode = 0o644
        archive.addfile(info, io.BytesIO(text))


def write_zip(out: Path, top: str, bundle: Path, tag: str) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/ipm-viewer/{path.relative_to(bundle).as_posix()}")
        for source, name in extra_files(tag):
            archive.write(source, f"{top}/{name}")
        archive.writestr(f"{top}/INSTALL.txt", install_text(tag))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ipm-viewer")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--platform", dest="tag", default=platform_tag())
    args = parser.parse_args(argv)
    programs = [args.bundle / "ipm-viewer", args.bundle / "ipm-viewer.exe"]
    if not any(program.exists() for program in programs):
        print(f"{args.bundle} has no ipm-viewer program: run `make bundle`", file=sys.stderr)
        return 1
    top = f"ipm-viewer-{version()}-{args.tag}"
    args.out.mkdir(parents=True, exist_ok=True)
    if args.tag.startswith("linux"):
        out = args.out / f"{top}.tar.gz"
        write_tar(out, top, args.bundle, args.tag)
    else:
        out = args.out / f"{top}.zip"
        write_zip(out, top, args.bundle, args.tag)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
