# Ushiro Desk — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)
PYTEST_ARGS ?=

.PHONY: run test translations ts bench clean dist smoke screenshots

run: $(STAMP) translations
	$(BIN)/ushiro-desk $(ARGS)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts catalogues from the sources (then translate what is new in Linguist or by hand).
ts: $(STAMP)
	$(BIN)/python packaging/update_translations.py

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run_all.py

# The one-folder app in dist/ushiro-desk/ (PyInstaller, packaging/ushiro-desk.spec); `make smoke` tries it.
dist: $(VENV)/.dist-installed translations
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/ushiro-desk.spec

$(VENV)/.dist-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@

smoke:
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py dist/ushiro-desk

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm
