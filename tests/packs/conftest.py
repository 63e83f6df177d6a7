"""Keys, a signed pack of the fixture content, and a clinic file that trusts its key."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from ipm_viewer.packs import archive, manifest, signing
from ipm_viewer.packs.manifest import FileEntry, Manifest


@dataclass
class Signer:
    """A key pair in a folder, as `pack keygen` leaves it."""

    private: Path
    public: Path

    @property
    def key(self) -> signing.PublicKey:
        return signing.read_public_key(self.public)


def make_signer(folder: Path) -> Signer:
    private, public = signing.generate_keys(folder)
    return Signer(private, public)


def sign_folder(folder: Path, signer: Signer, out: Path, version: str = "1") -> Path:
    described = manifest.manifest_for_folder(folder, "riverside", version)
    signature = signing.sign(described.to_bytes(), signing.read_private_key(signer.private))
    archive.write_pack(folder, described, signature, out)
    return out


def sign_members(
    members: dict[str, bytes], signer: Signer, out: Path, *, links: tuple[str, ...] = ()
) -> Path:
    """A pack with exactly these entries and a valid signature over a manifest listing them,
    so the only thing wrong with it is what a test put in on purpose."""
    import hashlib

    files = {
        name: FileEntry(len(data), hashlib.sha256(data).hexdigest())
        for name, data in members.items()
    }
    described = Manifest("riverside", "9", "2026-12-01T00:00:00+00:00", files)
    manifest_bytes = described.to_bytes()
    signature = signing.sign(manifest_bytes, signing.read_private_key(signer.private))
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as pack:
        pack.writestr(manifest.MANIFEST_NAME, manifest_bytes)
        pack.writestr(manifest.SIGNATURE_NAME, signature)
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in links:
                info.external_attr = (0o120777) << 16  # a symbolic link, as unzip would make it
            pack.writestr(info, data)
    return out


@pytest.fixture
def signer(tmp_path: Path) -> Signer:
    return make_signer(tmp_path / "keys")


@pytest.fixture
def stranger(tmp_path: Path) -> Signer:
    return make_signer(tmp_path / "other-keys")


@pytest.fixture
def pack_file(tmp_path: Path, signer: Signer, good_content: Path) -> Path:
    return sign_folder(good_content, signer, tmp_path / "riverside-1.ipmpack")


@pytest.fixture
def clinic_file(tmp_path: Path, signer: Signer) -> Path:
    path = tmp_path / "clinic" / "clinic.yaml"
    path.parent.mkdir()
    path.write_text(
        f'name: Riverside\ntrusted_keys:\n  - "{signer.key.text}"\npacks_dir: packs\n',
        encoding="utf-8",
    )
    return path
