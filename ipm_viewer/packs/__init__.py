"""Signed content packs: one zip a clinic signs and every device checks before showing it.

No Qt here. `manifest` describes a pack, `signing` makes and checks Ed25519 signatures,
`archive` writes packs and reads them defensively, `install` puts a verified pack in place
atomically (and rolls it back), `trust` checks a content folder on disk at start-up.
"""
