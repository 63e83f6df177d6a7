"""Staff see what a device runs ("About this device") and can reload content, from the header
menu on a desktop and from the PIN pad in a kiosk; a kiosk hides unsigned content and says why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ipm_viewer import __version__
from ipm_viewer.clinic import load_clinic
from ipm_viewer.packs.install import install_pack
from ipm_viewer.pin import hash_pin
from ipm_viewer.ui.app import create_application, load_everything
from ipm_viewer.ui.main_window import MainWindow
from ipm_viewer.ui.preferences import Preferences
from ipm_viewer.ui.widgets.about_device import AboutDeviceDialog
from ipm_viewer.ui.widgets.problems_dialog import ProblemsDialog
from ipm_viewer.ui.window_host import WindowHost
from tests.packs.conftest import make_signer, sign_folder
from tests.ui.conftest import WindowFactory

PIN = "4826"
CLINIC_PROCEDURE = "test-injection"


def about_texts(dialog: AboutDeviceDialog) -> dict[str, str]:
    """Each row of the panel as label -> value, as staff read it."""
    rows = {}
    for row in range(dialog.form.rowCount()):
        label = dialog.form.itemAt(row, dialog.form.ItemRole.LabelRole).widget()
        value = dialog.form.itemAt(row, dialog.form.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        rows[label.text()] = value.text()
    return rows


@pytest.fixture
def device(tmp_path: Path, good_content: Path) -> Path:
    """A kiosk clinic file with a PIN, a trusted key, its own packs folder and one pack installed."""
    signer = make_signer(tmp_path / "keys")
    clinic_file = tmp_path / "clinic" / "clinic.yaml"
    clinic_file.parent.mkdir()
    clinic_file.write_text(
        "name: Hill Clinic\npacks_dir: packs\n"
        f'trusted_keys:\n  - "{signer.key.text}"\n'
        f'kiosk:\n  enabled: true\n  pin_hash: "{hash_pin(PIN, iterations=1000)}"\n',
        encoding="utf-8",
    )
    pack = sign_folder(good_content, signer, tmp_path / "hill.ipmpack", version="2026.12")
    install_pack(pack, clinic_file.parent / "packs", [signer.key])
    return clinic_file


@pytest.fixture
def hosts() -> list[WindowHost]:
    """Keeps each host (and so its window) alive until pytest-qt closes the windows."""
    return []


def open_host(
    qtbot: QtBot, tmp_path: Path, clinic_file: Path, hosts: list[WindowHost], *, kiosk: bool
) -> WindowHost:
    create_application()
    preferences = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    host = WindowHost(clinic_file, [], "en", preferences)
    clinic, library = load_everything(clinic_file, [], kiosk=kiosk)
    window = host.open(clinic, library, kiosk=kiosk)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    hosts.append(host)
    return host


def test_desktop_menu_opens_about_this_device(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.header.staff_button.isVisible()
    actions = [a.text() for a in window.header.staff_button.menu().actions()]
    assert actions == ["About this device", "Reload content"]
    window.header.about_action.trigger()
    dialog = window.findChild(AboutDeviceDialog)
    assert dialog is not None and dialog.isVisible()
    rows = about_texts(dialog)
    assert rows["App version"] == __version__
    assert rows["Content pack"] == "None installed: the bundled library"
    assert rows["Clinic settings file"] == "None found: neutral defaults are in use"
    assert rows["Signed content"].startswith("Not required")
    assert "files signed off by a clinician" in rows["Clinical review"]


def test_kiosk_pin_pad_opens_about_and_stays_a_kiosk(
    qtbot: QtBot, tmp_path: Path, device: Path, hosts: list[WindowHost]
) -> None:
    host = open_host(qtbot, tmp_path, device, hosts, kiosk=True)
    window = host.window
    assert window is not None and window.kiosk is not None
    assert not window.header.staff_button.isVisible()  # no staff tools for patients
    pad = window.kiosk.open_pin_pad()
    pad.type_pin(PIN)
    qtbot.mouseClick(pad.about_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AboutDeviceDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.kiosk is not None  # still locked in for patients
    rows = about_texts(dialog)
    signer = load_clinic(device).settings.trusted_keys[0]
    from ipm_viewer.packs.signing import parse_public_key

    assert rows["Content pack"].startswith("riverside version 2026.12, signed ")
    assert rows["Signer fingerprint"] == parse_public_key(signer).fingerprint
    assert rows["Signed content"].startswith("Required")
    assert rows["Clinic settings file"] == str(device)


def test_a_wrong_pin_does_not_open_about(
    qtbot: QtBot, tmp_path: Path, device: Path, hosts: list[WindowHost]
) -> None:
    host = open_host(qtbot, tmp_path, device, hosts, kiosk=True)
    assert host.window is not None and host.window.kiosk is not None
    pad = host.window.kiosk.open_pin_pad()
    pad.type_pin("1111")
    qtbot.mouseClick(pad.about_button, Qt.MouseButton.LeftButton)
    assert "not right" in pad.message.text()
    assert host.window.findChild(AboutDeviceDialog) is None


def test_reload_content_shows_a_newly_installed_pack(
    qtbot: QtBot, tmp_path: Path, device: Path, good_content: Path, hosts: list[WindowHost]
) -> None:
    host = open_host(qtbot, tmp_path, device, hosts, kiosk=True)
    first = host.window
    assert first is not None
    assert CLINIC_PROCEDURE in first._content.procedures
    # IT pushes version 2 with one more guide, signed by the same key.
    changed = tmp_path / "v2"
    shutil.copytree(good_content, changed)
    guide = changed / "en" / "guides" / "test-guide.yaml"
    shutil.copy(guide, changed / "en" / "guides" / "test-guide-two.yaml")
    text = (changed / "en" / "guides" / "test-guide-two.yaml").read_text(encoding="utf-8")
    (changed / "en" / "guides" / "test-guide-two.yaml").write_text(
        text.replace("id: test-guide", "id: test-guide-two"), encoding="utf-8"
    )
    from tests.packs.conftest import Signer

    signer = Signer(tmp_path / "keys" / "pack-signing.key", tmp_path / "keys" / "pack-signing.pub")
    pack = sign_folder(changed, signer, tmp_path / "v2.ipmpack", version="2026.13")
    install_pack(pack, device.parent / "packs", [signer.key])
    about = first.show_about_device()
    with qtbot.waitSignal(host.reloaded):
        qtbot.mouseClick(about.reload_button, Qt.MouseButton.LeftButton)
    second = host.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.kiosk is not None and second.isFullScreen()
    assert "test-guide-two" in second._content.guides
    assert about_texts(second.show_about_device())["Content pack"].startswith(
        "riverside version 2026.13"
    )
    QApplication.processEvents()


def test_kiosk_hides_unsigned_clinic_content_and_lists_why(
    qtbot: QtBot, tmp_path: Path, device: Path, good_content: Path, hosts: list[WindowHost]
) -> None:
    shutil.rmtree(device.parent / "packs")
    shutil.copytree(good_content, device.parent / "loose")
    with device.open("a", encoding="utf-8") as handle:
        handle.write("content_dir: loose\n")
    host = open_host(qtbot, tmp_path, device, hosts, kiosk=True)
    window = host.window
    assert isinstance(window, MainWindow)
    assert CLINIC_PROCEDURE not in window._content.procedures
    window.leave_kiosk()  # staff, after the PIN
    assert window.header.problems_button.isVisible()
    window.show_problems()
    dialog = window.findChild(ProblemsDialog)
    assert dialog is not None
    lines = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert any(
        "loose" in line and "this content folder is not shown: it is not signed" in line
        for line in lines
    )


def test_the_window_shows_the_app_icon(make_window: WindowFactory) -> None:
    window = make_window()
    icon = window.windowIcon()  # inherited from the application: title bar, taskbar, Alt+Tab
    assert not icon.isNull()
    for size in (16, 32, 256):
        pixmap = icon.pixmap(size, size)
        assert pixmap.width() == size
        image = pixmap.toImage()
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not transparent


def test_reload_keeps_the_kiosk_when_its_pin_was_removed(
    qtbot: QtBot, tmp_path: Path, device: Path, hosts: list[WindowHost]
) -> None:
    host = open_host(qtbot, tmp_path, device, hosts, kiosk=True)
    first = host.window
    assert first is not None
    text = device.read_text(encoding="utf-8")
    device.write_text(text.split("kiosk:")[0] + "kiosk:\n  enabled: true\n", encoding="utf-8")
    first.reload_requested.emit()
    assert host.window is first and first.kiosk is not None  # staff can still get out
