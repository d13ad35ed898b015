# `make run` and `make test` set up .venv on first use, so a fresh clone needs only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint screenshots bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/trainer

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest -n 2 -q

lint: $(VENV)/.test-installed
	$(BIN)/ruff check trainer tests bench
	$(BIN)/mypy

screenshots: $(VENV)/.test-installed
	$(BIN)/python -m trainer.ui.screenshots screenshots

bench: $(VENV)/.test-installed
	$(BIN)/python bench/packs.py
	$(BIN)/python bench/scoring.py
	$(BIN)/python bench/rewrite_quality.py ../shared/data/rewrite_dev.yaml tests/data/rewrites.yaml
	$(BIN)/python bench/progress.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
