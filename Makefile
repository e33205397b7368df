# Every target bootstraps .venv from pyproject.toml when it is missing or stale.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

SANDBOX_PORT ?= 8765
SOAK_SECONDS ?= 60
PYTEST_WORKERS ?= 2

# make test-matrix finds python3.11/3.12/3.13 on PATH, or under pyenv when it is installed.
PYENV_BINS := $(wildcard $(HOME)/.pyenv/versions/3.11.*/bin $(HOME)/.pyenv/versions/3.12.*/bin $(HOME)/.pyenv/versions/3.13.*/bin)
empty :=
space := $(empty) $(empty)
MATRIX_PATH := $(subst $(space),:,$(strip $(PYENV_BINS) $(PATH)))

.PHONY: help generate check-generated lint test contract-test record sandbox bench soak clean vendor-report \
	breaking-check changelog test-matrix docs

help:
	@echo "make contract-test   the main job: schemathesis + cassettes against the (local) sandbox"
	@echo "make test            lint, check-generated, breaking-check and the whole pytest suite (offline)"
	@echo "make test-matrix     the whole pytest suite on Python 3.11, 3.12 and 3.13 (nox)"
	@echo "make breaking-check  fail on a breaking change since the last release without a bump and a changelog entry"
	@echo "make changelog       build CHANGELOG.md's section for this version from changelog.d/ (towncrier)"
	@echo "make docs            build the documentation site into site/ (mkdocs-material, --strict)"
	@echo "make generate        regenerate generated/ecartpay_client (and api.md) from openapi.yaml"
	@echo "make check-generated fail if generated/ differs from a fresh generation"
	@echo "make lint            ruff, mypy --strict, spec validation"
	@echo "make record          re-record the VCR cassettes against the target"
	@echo "make sandbox         serve the local sandbox on port $(SANDBOX_PORT)"
	@echo "make bench | soak    benchmarks (ratios) and the bounded soak test"
	@echo "make vendor-report   coverage of the vendor's API reference, and its examples"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

generate: $(STAMP)
	$(PY) -m tools.codegen generate
	$(PY) -m tools.resource_table
	$(PY) -m tools.api_reference

check-generated: $(STAMP)
	$(PY) -m tools.codegen check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PY) -m openapi_spec_validator openapi.yaml

# pytest-xdist: PYTEST_WORKERS processes (each with its own sandbox and Redis on free
# ports); PYTEST_WORKERS=0 runs in this process.
test: lint check-generated breaking-check docs
	$(PY) -m pytest -n $(PYTEST_WORKERS)

# One virtualenv per interpreter under .nox/ (kept between runs).
test-matrix: $(STAMP)
	PATH="$(MATRIX_PATH)" $(BIN)/nox --sessions tests

# The public Python API (griffe) and openapi.yaml against the release in pyproject.toml.
breaking-check: $(STAMP)
	$(PY) -m tools.breaking_check

changelog: $(STAMP)
	$(PY) -m tools.changelog

# The site (docs/, mkdocs.yml): --strict fails on a broken link, reference or docstring.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

# HARNESS_FLAGS=--tls serves the local sandbox over HTTPS; CONTRACT_TEST_ARGS e.g.
# "--max-examples 100 --seed 1". The target comes from ECARTPAY_BASE_URL + both keys.
contract-test: $(STAMP)
	$(PY) -m contract_tests.harness $(HARNESS_FLAGS) run $(CONTRACT_TEST_ARGS)

record: $(STAMP)
	$(PY) -m contract_tests.harness $(HARNESS_FLAGS) record

sandbox: $(STAMP)
	$(PY) -m contract_tests.sandbox --port $(SANDBOX_PORT)

bench: $(STAMP)
	$(PY) -m bench

soak: $(STAMP)
	$(PY) -m bench.soak --seconds $(SOAK_SECONDS)
	$(PY) -m bench.soak --seconds $(SOAK_SECONDS) --redis

vendor-report: $(STAMP)
	$(PY) -m tools.vendor_report

clean:
	rm -rf $(VENV) .nox reports .mypy_cache .ruff_cache
