# Two entry points, both self-contained on a fresh machine with Python ≥ 3.11:
#   make run   — set up .venv, build the seeds into out/ (graph, validation report, embedded store)
#   make test  — set up .venv with the test extras, run the whole test suite
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: run test bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,pdf]'
	touch $(BIN)/kg

run: $(BIN)/kg
	$(BIN)/kg build seeds/ -o out/kg.ttl --store out/store

test: $(BIN)/kg
	$(BIN)/python -m pytest

bench: $(BIN)/kg
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf out .pytest_cache
