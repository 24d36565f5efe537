# Every target works from a fresh clone: the first one that needs the virtualenv creates it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test generate check-generated lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The quickstart first, then every other example (files starting with _ are helpers).
EXAMPLES := examples/quickstart.py $(filter-out examples/_% examples/quickstart.py,$(sort $(wildcard examples/*.py)))

## demo: run the quickstart and every example against an in-process simulator (no account needed)
demo: $(STAMP)
	@for example in $(EXAMPLES); do \
		echo "=== $$example"; \
		env -u DIDWW_API_KEY -u DIDWW_BASE_URL $(BIN)/python $$example || exit 1; \
		echo; \
	done
	@echo "demo: all $(words $(EXAMPLES)) examples ran against the simulator"

## test: everything CI runs: generated code up to date, lint, types, tests
test: check-generated lint typecheck pytest

## generate: rewrite didww/_generated from spec/
generate: $(STAMP)
	$(BIN)/python -m generator

## check-generated: fail with a diff when didww/_generated differs from what spec/ produces
check-generated: $(STAMP)
	$(BIN)/python -m generator --check

lint: $(STAMP)
	$(BIN)/ruff check didww generator tests benchmarks examples
	$(BIN)/black --check --quiet didww generator tests benchmarks examples

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

## bench: decoding and request benchmarks, reported as ratios to json.loads of the same bytes
bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
