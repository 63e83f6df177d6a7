"""A device shows clinic content only as its signature allows, and says why it hides any."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ipm_viewer.clinic import load_clinic
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import Library
from ipm_viewer.packs.device import clinic_content_roots, content_trust
from ipm_viewer.packs.install import install_pack, read_state
from tests.packs.conftest import Signer, sign_folder

CLINIC_PROCEDURE = "test-injection"  # only in the fixture content, never in the bundled library


def load_for_device(clinic_file: Path, *, kiosk: bool) -> Library:
    """What the app loads at start-up: bundled content plus the clinic's, as trusted."""
    clinic = load_clinic(clinic_file)
    roots = clinic_content_roots(clinic)
    return load_content(roots, trust=content_trust(clinic, kiosk=kiosk))


def messages(library: Library) -> list[str]:
    return [p.message for p in library.problems.errors]


def test_an_installed_pack_is_shown_with_its_signer(
    clinic_file: Path, pack_file: Path, signer: Signer
) -> None:
    install_pack(pack_file, clinic_file.parent / "packs", [signer.key])
    library = load_for_device(clinic_file, kiosk=True)
    assert CLINIC_PROCEDURE in library.language("en").procedures
    (pack,) = library.content_packs
    assert (pack.pack_id, pack.version) == ("riverside", "1")
    assert pack.signer_fingerprint == signer.key.fingerprint


def add_unsigned_folder(clinic_file: Path, content: Path, settings: str = "") -> None:
    """Copy `content` beside clinic.yaml as its plain `content_dir`, plus more `settings`."""
    shutil.copytree(content, clinic_file.parent / "ours")
    with clinic_file.open("a", encoding="utf-8") as handle:
        handle.write(f"content_dir: ours\n{settings}")


def test_kiosk_hides_an_unsigned_clinic_folder_and_says_why(
    clinic_file: Path, good_content: Path
) -> None:
    add_unsigned_folder(clinic_file, good_content)
    kiosk = load_for_device(clinic_file, kiosk=True)
    assert CLINIC_PROCEDURE not in kiosk.language("en").procedures
    assert kiosk.language("en").procedures  # the bundled library is still shown
    assert any(
        "this content folder is not shown: it is not signed" in m
        and "require_signed_content is on" in m
        for m in messages(kiosk)
    )
    # On a physician's desktop unsigned content is allowed unless the clinic requires it.
    assert CLINIC_PROCEDURE in load_for_device(clinic_file, kiosk=False).language("en").procedures


def test_require_signed_content_applies_outside_the_kiosk_when_set(
    clinic_file: Path, good_content: Path
) -> None:
    add_unsigned_folder(clinic_file, good_content, "require_signed_content: true\n")
    library = load_for_device(clinic_file, kiosk=False)
    assert CLINIC_PROCEDURE not in library.language("en").procedures


def test_content_changed_after_install_is_hidden(
    clinic_file: Path, pack_file: Path, signer: Signer
) -> None:
    _, folder = install_pack(pack_file, clinic_file.parent / "packs", [signer.key])
    target = folder / "en" / "procedures" / f"{CLINIC_PROCEDURE}.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    library = load_for_device(clinic_file, kiosk=False)
    assert CLINIC_PROCEDURE not in library.language("en").procedures
    assert any(
        f"'en/procedures/{CLINIC_PROCEDURE}.yaml' was changed after signing" in m
        for m in messages(library)
    )


@pytest.mark.parametrize("added", ["en/guides/extra.yaml", "en/procedures/extra.yaml"])
def test_a_file_added_after_install_hides_the_pack(
    clinic_file: Path, pack_file: Path, signer: Signer, added: str
) -> None:
    _, folder = install_pack(pack_file, clinic_file.parent / "packs", [signer.key])
    (folder / added).write_text("id: extra\n", encoding="utf-8")
    library = load_for_device(clinic_file, kiosk=True)
    assert CLINIC_PROCEDURE not in library.language("en").procedures
    assert any(f"'{added}' was added after signing" in m for m in messages(library))


def test_a_pack_signed_by_a_key_the_clinic_no_longer_trusts_is_hidden(
    tmp_path: Path, clinic_file: Path, stranger: Signer, good_content: Path, signer: Signer
) -> None:
    pack = sign_folder(good_content, stranger, tmp_path / "s.ipmpack")
    install_pack(pack, clinic_file.parent / "packs", [stranger.key])  # trusted back then
    assert read_state(clinic_file.parent / "packs").current is not None
    library = load_for_device(clinic_file, kiosk=False)
    assert CLINIC_PROCEDURE not in library.language("en").procedures
    assert any("signed by an unknown key" in m for m in messages(library))


def test_a_bad_trusted_key_is_reported(tmp_path: Path) -> None:
    clinic_file = tmp_path / "clinic.yaml"
    clinic_file.write_text('trusted_keys:\n  - "ssh-rsa AAAA"\n', encoding="utf-8")
    clinic = load_clinic(clinic_file)
    assert any(
        "trusted_keys: 'ssh-rsa AAAA' is not a public key" in p.message
        for p in clinic.problems.errors
    )
