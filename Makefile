# Every target works from a fresh clone: the first one that needs the virtualenv creates it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-pythons docs generate check-generated check-sources lint typecheck pytest bench clean venv

# The virtualenv is (re)built whenever its interpreter is missing or does not run: a folder copied
# from another machine, or one whose base Python was removed, is replaced rather than trusted.
# Tools are always called as `$(PY) -m tool`, so no script shebang can point anywhere else.
VENV_OK := $(shell $(PY) -c "import sys" >/dev/null 2>&1 && echo yes)
ifneq ($(VENV_OK),yes)
$(shell rm -f $(STAMP))
endif

$(STAMP): pyproject.toml
	@if ! $(PY) -c "import sys" >/dev/null 2>&1; then \
		echo "creating $(VENV) with $(PYTHON)"; \
		rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The quickstart first, then every other example (files starting with _ are helpers).
EXAMPLES := examples/quickstart.py $(filter-out examples/_% examples/quickstart.py,$(sort $(wildcard examples/*.py)))

## demo: run the quickstart and every example against an in-process simulator (no account needed)
demo: $(STAMP)
	@for example in $(EXAMPLES); do \
		echo "=== $$example"; \
		env -u DIDWW_API_KEY -u DIDWW_BASE_URL -u DIDWW_ENVIRONMENT -u DIDWW_TOKEN $(PY) $$example || exit 1; \
		echo; \
	done
	@echo "demo: all $(words $(EXAMPLES)) examples ran against the simulator"

## test: everything CI runs: generated code up to date, lint, types, tests
test: check-generated lint typecheck pytest

## test-pythons: generated files and tests on Python 3.10 and 3.13 too, each in its own .venv-X.Y
test-pythons:
	bash .ci/other-pythons

## docs: build the documentation site into site/ (strict: a broken link, anchor or reference fails)
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict

## generate: rewrite the version packages (didww/v*/), didww/__init__.py, didww/enums.py, docs/reference and docs/api-changes from spec/
generate: $(STAMP)
	$(PY) -m generator

## check-generated: fail with a diff when a generated file differs from what spec/ produces
check-generated: $(STAMP)
	$(PY) -m generator check

## check-sources: the repository tracks sources only (nothing ignored, no machine paths)
check-sources:
	bash .ci/check-sources

lint: $(STAMP)
	$(PY) -m ruff check didww generator tests benchmarks examples
	$(PY) -m black --check --quiet didww generator tests benchmarks examples

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP)
	$(PY) -m pytest -q

## bench: decoding and request benchmarks, reported as ratios to floors measured in the same run
bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .venv-* build dist site *.egg-info
