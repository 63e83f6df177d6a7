# Two commands on a fresh machine:  `make run`  and  `make test`.
# Each sets itself up (Qt's system libraries on Debian/Ubuntu, a virtual environment, the
# package and its tools) and does nothing again that is already done.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint check validate bundle bundle-check dist dist-check icons benchmark soak soak-check screenshots \
	translations translations-update system-deps clean

run: system-deps $(STAMP) translations
	$(PY) -m ipm_viewer

test: system-deps $(STAMP) translations
	$(PY) -m ruff check ipm_viewer tests benchmarks scripts
	$(PY) -m mypy
	$(PY) -m ipm_viewer validate --quiet --report
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

validate: $(STAMP)
	$(PY) -m ipm_viewer validate

bundle: system-deps $(STAMP) translations
	$(PY) -m pip install -q -e '.[bundle]'
	$(PY) -m PyInstaller --noconfirm --clean build.spec

# Build the bundle and run its selftest the way CI does.
bundle-check: bundle
	QT_QPA_PLATFORM=offscreen dist/ipm-viewer/ipm-viewer --selftest
	@du -sh dist/ipm-viewer

# The archive an IT department deploys: dist/ipm-viewer-<version>-<platform>.tar.gz (.zip on
# Windows and macOS), with INSTALL.txt and, on Linux, install.sh and the desktop entry.
dist: bundle
	$(PY) scripts/make_dist.py

# What CI runs: build the archive, unpack it in a temporary folder, run the selftest from there.
dist-check: dist
	sh scripts/check_dist.sh

# Regenerate packaging/icons/ from resources/icons/ipm-viewer.svg after changing the drawing.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_icons.py packaging/icons

# Days of use in minutes: 10,000 random actions on the real window (see benchmarks/soak.py).
soak: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/soak.py --actions 10000

# The short soak CI runs: no exception and no Qt warning in 250 actions, desktop and kiosk.
soak-check: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/soak.py --actions 250 --seed 7
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/soak.py --actions 250 --seed 8 --kiosk

benchmark: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

screenshots: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py screenshots --lang es

# The interface in every language: resources/translations/*.ts compiled to the .qm the app loads.
translations: $(STAMP)
	$(PY) scripts/translations.py compile

# After adding or changing interface strings: new strings into each .ts, for translators.
LANGS ?= es
translations-update: $(STAMP)
	$(PY) scripts/translations.py update $(LANGS)

system-deps:
	@sh scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
