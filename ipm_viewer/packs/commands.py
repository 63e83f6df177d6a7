"""`ipm-viewer pack ...`: make signing keys, sign content into a pack, check, install, roll back,
and report what a device shows.

Every command prints one line saying what it did, or what it refused and why, and exits 1
when it refused (nothing on disk is changed then).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ipm_viewer.packs.errors import PackError

if TYPE_CHECKING:  # the GUI builds this parser too: cryptography loads only for a pack command
    from ipm_viewer.clinic import Clinic
    from ipm_viewer.packs.signing import PublicKey


def add_pack_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `pack` command and its sub-commands."""
    pack = commands.add_parser("pack", help="signed content packs: keygen, create, verify, ...")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    keygen = actions.add_parser("keygen", help="make a signing key pair")
    keygen.add_argument("--out", type=Path, required=True, metavar="DIR")
    create = actions.add_parser("create", help="check a content folder and sign it into a pack")
    create.add_argument("folder", type=Path, metavar="DIR")
    create.add_argument("--key", type=Path, required=True, metavar="KEY", help="private key")
    create.add_argument("--version", required=True, metavar="V", help="content version")
    create.add_argument("--out", type=Path, required=True, metavar="FILE.ipmpack")
    create.add_argument("--id", dest="pack_id", metavar="ID", help="pack id (default: folder)")
    verify = actions.add_parser("verify", help="check a pack's signature and every file")
    verify.add_argument("pack_file", type=Path, metavar="FILE")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="PUBKEY",
        help="public key file to trust (default: trusted_keys in clinic.yaml)",
    )
    install = actions.add_parser("install", help="install a pack as this device's content")
    install.add_argument("pack_file", type=Path, metavar="FILE")
    rollback = actions.add_parser("rollback", help="go back to the previously installed pack")
    status = actions.add_parser(
        "status", help="which pack this device shows, checked again; exit 1 if it would be hidden"
    )
    for sub in (verify, install, rollback, status):
        sub.add_argument(
            "--clinic",
            type=Path,
            metavar="FILE",
            default=argparse.SUPPRESS,
            help="clinic settings file (default: the one in use)",
        )


def run_pack_command(args: argparse.Namespace) -> int:
    try:
        message = _run(args)
    except PackError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    print(message)
    return 0


def _run(args: argparse.Namespace) -> str:
    from ipm_viewer.clinic import load_clinic
    from ipm_viewer.packs import archive, install, manifest, signing
    from ipm_viewer.packs.signing import read_public_key

    if args.pack_command == "keygen":
        private, public = signing.generate_keys(args.out)
        key = read_public_key(public)
        return (
            f"Private key: {private} (keep it secret, off the devices)\n"
            f"Public key:  {public}; add this line to trusted_keys in clinic.yaml:\n"
            f'  - "{key.text}"\nFingerprint: {key.fingerprint}'
        )
    if args.pack_command == "create":
        _refuse_invalid_content(args.folder)
        pack_id = args.pack_id or _pack_id_from(args.folder)
        signing_key = signing.read_private_key(args.key)
        described = manifest.manifest_for_folder(args.folder, pack_id, args.version)
        signature = signing.sign(described.to_bytes(), signing_key)
        archive.write_pack(args.folder, described, signature, args.out)
        return (
            f"{args.out}: pack {pack_id} version {args.version}, {len(described.files)} files, "
            f"signed by {signing.fingerprint(signing_key.public_key())}"
        )
    clinic = load_clinic(getattr(args, "clinic", None))
    if args.pack_command == "verify":
        trusted = [read_public_key(p) for p in args.trust] or _clinic_keys(clinic)
        verified = archive.read_pack(args.pack_file, trusted)
        found = verified.manifest
        return (
            f"{args.pack_file}: OK: pack {found.pack_id} version {found.version}, "
            f"{len(found.files)} files, signed by {verified.signer.fingerprint}"
        )
    if args.pack_command == "install":
        verified, folder = install.install_pack(
            args.pack_file, clinic.packs_dir, _clinic_keys(clinic)
        )
        found = verified.manifest
        return (
            f"Installed pack {found.pack_id} version {found.version} into {folder}; "
            "the app shows it from its next start (or staff: Reload content)"
        )
    if args.pack_command == "status":
        return _status(clinic)
    folder = install.rollback(clinic.packs_dir)
    return f"Rolled back: {folder} is the content in use again from the app's next start"


def _status(clinic: Clinic) -> str:
    """The installed pack, verified as the app will at its next start (for MDM compliance)."""
    from ipm_viewer.packs.state import read_state
    from ipm_viewer.packs.trust import check_folder

    state = read_state(clinic.packs_dir)
    if state.current is None:
        raise PackError(f"no content pack is installed in {clinic.packs_dir}")
    try:
        pack = check_folder(state.current, _clinic_keys(clinic))
    except PackError as exc:
        raise PackError(f"{state.current} would not be shown: {exc}") from None
    previous = f"; previous: {state.previous.name}" if state.previous else ""
    return (
        f"pack {pack.pack_id} version {pack.version} (signed {pack.created}) by "
        f"{pack.signer_fingerprint}: OK, shown from {state.current}{previous}"
    )


def _clinic_keys(clinic: Clinic) -> list[PublicKey]:
    from ipm_viewer.packs.signing import parse_trusted_keys

    keys, bad = parse_trusted_keys(clinic.settings.trusted_keys)
    if bad:
        raise PackError(f"{clinic.path}: trusted_keys: {bad[0]}")
    if not keys:
        where = clinic.path or "clinic.yaml (none found)"
        raise PackError(f"{where} lists no trusted_keys, so no pack can be trusted")
    return keys


def _pack_id_from(folder: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", folder.resolve().name.lower()).strip("-") or "content"


def _refuse_invalid_content(folder: Path) -> None:
    """Sign only content that passes `ipm-viewer validate` over the bundled library."""
    from ipm_viewer.content.catalog import load_content

    if not folder.is_dir():
        raise PackError(f"{folder} is not a folder")
    errors = load_content([folder]).problems.errors
    if errors:
        for problem in errors:
            print(problem, file=sys.stderr)
        raise PackError(f"{len(errors)} content errors in {folder}; fix them before signing")
