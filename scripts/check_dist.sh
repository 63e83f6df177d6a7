#!/bin/sh
# Unpack the newest dist archive in a temporary folder and run the selftest from there, as a
# clinic's IT would after copying it: proves the archive alone is a working app.
set -eu
cd "$(dirname "$0")/.."
archive=$(ls -t dist/ipm-viewer-*.tar.gz | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
top=$(ls "$work")
QT_QPA_PLATFORM=offscreen "$work/$top/ipm-viewer/ipm-viewer" --selftest
# The tests that need the built bundle (no networking code in it); skipped by `make test`.
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -m bundle
echo "$archive: $(du -h "$archive" | cut -f1) packed, $(du -sh "$work/$top/ipm-viewer" | cut -f1) unpacked"
