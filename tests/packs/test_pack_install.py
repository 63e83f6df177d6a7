"""Signed content packs: made, checked and installed; every bad pack refused, disk unchanged."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from ipm_viewer.clinic import load_clinic
from ipm_viewer.packs import install as install_module
from ipm_viewer.packs.archive import read_pack
from ipm_viewer.packs.errors import PackError
from ipm_viewer.packs.install import install_pack, read_state, rollback
from ipm_viewer.packs.manifest import parse_manifest
from tests.packs.conftest import Signer, sign_folder, sign_members

GOOD_YAML = b"id: x\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: equal snapshots mean nothing changed."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>"
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def installed(tmp_path: Path, pack_file: Path, signer: Signer) -> Path:
    """A packs folder with version 1 installed: what each refusal must leave alone."""
    packs = tmp_path / "packs"
    install_pack(pack_file, packs, [signer.key])
    return packs


def test_create_verify_install(tmp_path: Path, pack_file: Path, signer: Signer) -> None:
    verified = read_pack(pack_file, [signer.key])
    assert verified.manifest.pack_id == "riverside"
    assert verified.signer.fingerprint == signer.key.fingerprint
    packs = tmp_path / "packs"
    _pack, folder = install_pack(pack_file, packs, [signer.key])
    assert read_state(packs).current == folder
    assert (folder / "en" / "categories.yaml").is_file()
    assert parse_manifest((folder / "manifest.json").read_bytes()).version == "1"


def _changed_content_byte(tmp_path: Path, pack_file: Path) -> Path:
    """The same pack with one byte of one content file changed, manifest and signature kept."""
    out = tmp_path / "changed.ipmpack"
    with zipfile.ZipFile(pack_file) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("categories.yaml"):
                data = data[:10] + bytes([data[10] ^ 1]) + data[11:]
            target.writestr(info, data)
    return out


def _flipped_byte_in_file(tmp_path: Path, pack_file: Path) -> Path:
    """One byte flipped in the middle of the pack file itself (a bad copy)."""
    data = bytearray(pack_file.read_bytes())
    data[len(data) // 3] ^= 0x40
    out = tmp_path / "flipped.ipmpack"
    out.write_bytes(bytes(data))
    return out


def _truncated(tmp_path: Path, pack_file: Path) -> Path:
    out = tmp_path / "truncated.ipmpack"
    out.write_bytes(pack_file.read_bytes()[: pack_file.stat().st_size // 2])
    return out


def _unknown_key(tmp_path: Path, stranger: Signer, good_content: Path) -> Path:
    return sign_folder(good_content, stranger, tmp_path / "stranger.ipmpack")


def _zip_slip(tmp_path: Path, signer: Signer) -> Path:
    return sign_members({"../../outside.yaml": GOOD_YAML}, signer, tmp_path / "slip.ipmpack")


def _absolute(tmp_path: Path, signer: Signer) -> Path:
    return sign_members({"/etc/ipm.yaml": GOOD_YAML}, signer, tmp_path / "abs.ipmpack")


def _link(tmp_path: Path, signer: Signer) -> Path:
    return sign_members(
        {"en/guides/evil.yaml": b"/etc/passwd"},
        signer,
        tmp_path / "link.ipmpack",
        links=("en/guides/evil.yaml",),
    )


def _zip_bomb(tmp_path: Path, signer: Signer) -> Path:
    return sign_members(
        {"en/guides/bomb.yaml": b"0" * (40 * 2**20)}, signer, tmp_path / "b.ipmpack"
    )


def _program(tmp_path: Path, signer: Signer) -> Path:
    return sign_members({"en/run.py": b"print(1)"}, signer, tmp_path / "prog.ipmpack")


@pytest.mark.parametrize(
    ("make_bad_pack", "message"),
    [
        ("changed", "'en/categories.yaml' was changed after the pack was signed"),
        ("flipped", "damaged or was changed after"),
        ("unknown_key", "does not match any trusted key: the pack was signed by an unknown key"),
        ("zip_slip", "'../../outside.yaml' leaves the pack folder"),
        ("absolute", "'/etc/ipm.yaml' is not a relative path inside the pack"),
        ("link", "'en/guides/evil.yaml' is a link; packs may hold only plain files"),
        ("zip_bomb", "refused as a possible zip bomb"),
        ("truncated", "is not a complete pack (cut short while copying"),
        ("program", "'en/run.py' is not a content file"),
    ],
)
def test_bad_packs_are_refused_and_nothing_changes(
    tmp_path: Path,
    installed: Path,
    pack_file: Path,
    signer: Signer,
    stranger: Signer,
    good_content: Path,
    make_bad_pack: str,
    message: str,
) -> None:
    bad = {
        "changed": lambda: _changed_content_byte(tmp_path, pack_file),
        "flipped": lambda: _flipped_byte_in_file(tmp_path, pack_file),
        "unknown_key": lambda: _unknown_key(tmp_path, stranger, good_content),
        "zip_slip": lambda: _zip_slip(tmp_path, signer),
        "absolute": lambda: _absolute(tmp_path, signer),
        "link": lambda: _link(tmp_path, signer),
        "zip_bomb": lambda: _zip_bomb(tmp_path, signer),
        "truncated": lambda: _truncated(tmp_path, pack_file),
        "program": lambda: _program(tmp_path, signer),
    }[make_bad_pack]()
    before = snapshot(installed)
    outside = snapshot(tmp_path.parent)  # zip-slip would land up here
    with pytest.raises(PackError) as refused:
        install_pack(bad, installed, [signer.key])
    assert message in str(refused.value)
    assert snapshot(installed) == before
    assert snapshot(tmp_path.parent).keys() == outside.keys()


def test_a_bad_pack_creates_no_packs_folder(tmp_path: Path, signer: Signer) -> None:
    packs = tmp_path / "fresh-packs"
    with pytest.raises(PackError):
        install_pack(_zip_slip(tmp_path, signer), packs, [signer.key])
    assert not packs.exists()


@pytest.mark.parametrize("failing", ["rename", "replace"])
def test_an_install_cut_short_leaves_the_old_content(
    tmp_path: Path,
    installed: Path,
    signer: Signer,
    good_content: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
) -> None:
    """A power cut is simulated by failing the rename of the unpacked folder, or the switch."""
    version_2 = sign_folder(good_content, signer, tmp_path / "v2.ipmpack", version="2")
    old = read_state(installed)
    before = snapshot(installed)

    def power_cut(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(install_module.os, failing, power_cut)
    with pytest.raises(PackError, match="the content in use was not changed"):
        install_pack(version_2, installed, [signer.key])
    monkeypatch.undo()
    assert read_state(installed) == old
    assert snapshot(installed) == before  # no half-unpacked folder left behind
    assert old.current is not None
    assert parse_manifest((old.current / "manifest.json").read_bytes()).version == "1"


def test_rollback_restores_the_previous_version(
    tmp_path: Path, installed: Path, signer: Signer, good_content: Path
) -> None:
    install_pack(
        sign_folder(good_content, signer, tmp_path / "v2.ipmpack", "2"), installed, [signer.key]
    )
    current = read_state(installed).current
    assert current is not None
    assert parse_manifest((current / "manifest.json").read_bytes()).version == "2"
    restored = rollback(installed)
    assert parse_manifest((restored / "manifest.json").read_bytes()).version == "1"
    assert read_state(installed).current == restored


def test_rollback_without_a_previous_pack_says_so(installed: Path) -> None:
    with pytest.raises(PackError, match="no previous content pack"):
        rollback(installed)


def test_cli_round_trip(
    tmp_path: Path, clinic_file: Path, good_content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipm_viewer.cli import main

    keys = tmp_path / "keys"
    out = tmp_path / "cli.ipmpack"
    assert (
        main(
            [
                "pack",
                "create",
                str(good_content),
                "--key",
                str(keys / "pack-signing.key"),
                "--version",
                "2026.12",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert main(["pack", "verify", str(out), "--clinic", str(clinic_file)]) == 0
    assert "OK: pack good version 2026.12" in capsys.readouterr().out
    assert main(["pack", "install", str(out), "--clinic", str(clinic_file)]) == 0
    assert "Installed pack good version 2026.12" in capsys.readouterr().out
    assert load_clinic(clinic_file).packs_dir == clinic_file.parent / "packs"
    assert read_state(clinic_file.parent / "packs").current is not None
    assert main(["pack", "status", "--clinic", str(clinic_file)]) == 0
    assert "pack good version 2026.12" in capsys.readouterr().out
    assert main(["pack", "rollback", "--clinic", str(clinic_file)]) == 1
    assert "refused: there is no previous content pack" in capsys.readouterr().err
    state = read_state(clinic_file.parent / "packs")
    assert state.current is not None
    (state.current / "en" / "categories.yaml").write_text("changed\n", encoding="utf-8")
    assert main(["pack", "status", "--clinic", str(clinic_file)]) == 1
    assert "would not be shown: 'en/categories.yaml' was changed" in capsys.readouterr().err


def test_cli_refuses_with_a_clear_message(
    tmp_path: Path,
    clinic_file: Path,
    stranger: Signer,
    good_content: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ipm_viewer.cli import main

    bad = sign_folder(good_content, stranger, tmp_path / "stranger.ipmpack")
    assert main(["pack", "install", str(bad), "--clinic", str(clinic_file)]) == 1
    assert "refused: the signature does not match any trusted key" in capsys.readouterr().err
    assert not (clinic_file.parent / "packs").exists()


def test_keygen_never_overwrites_a_key(tmp_path: Path, signer: Signer) -> None:
    from ipm_viewer.packs.signing import generate_keys

    before = signer.private.read_bytes()
    with pytest.raises(PackError, match="already exists"):
        generate_keys(signer.private.parent)
    assert signer.private.read_bytes() == before
    if os.name == "posix":
        assert signer.private.stat().st_mode & 0o077 == 0  # only its owner can read it


def test_leftovers_of_a_killed_install_are_ignored_then_cleared(
    tmp_path: Path, installed: Path, signer: Signer, good_content: Path
) -> None:
    """A process killed mid-unpack leaves a temporary folder; it is never shown, and the next
    install removes it."""
    leftover = installed / ".incoming-killed"
    (leftover / "en").mkdir(parents=True)
    (leftover / "en" / "categories.yaml").write_text("half", encoding="utf-8")
    old = read_state(installed)
    assert old.current is not None and old.current != leftover
    install_pack(
        sign_folder(good_content, signer, tmp_path / "v2.ipmpack", "2"), installed, [signer.key]
    )
    assert not leftover.exists()


def test_create_refuses_content_with_errors(
    tmp_path: Path, content_copy: Path, signer: Signer, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipm_viewer.cli import main

    procedure = content_copy / "en" / "procedures" / "test-injection.yaml"
    procedure.write_text(
        procedure.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8"
    )
    out = tmp_path / "broken.ipmpack"
    assert (
        main(
            [
                "pack",
                "create",
                str(content_copy),
                "--key",
                str(signer.private),
                "--version",
                "1",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "fix them before signing" in capsys.readouterr().err
    assert not out.exists()
