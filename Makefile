# The two commands a new user needs (see README.md):
#   make site   - set up .venv, then build the explainer site from content/ into site/
#   make test   - set up .venv with test tools (and headless Chromium), then run every test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: site test serve lint setup setup-test browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

setup-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

site: setup
	$(BIN)/explainer build

serve: setup
	$(BIN)/explainer serve

# Debian's Chromium for the browser tests; needs root (CI runs as root).  Without it
# the browser tests skip with a reason, except under CI, where they must run.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium git >/dev/null; \
	else echo "note: no /usr/bin/chromium and not root: browser tests will be skipped"; fi

lint: setup-test
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/mypy

test: setup-test browser lint
	$(BIN)/python -m pytest

clean:
	rm -rf site .pytest_cache
