# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8001
ARCHIVE_DB ?= archive.db

.PHONY: demo test serve archive samples lint score clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: crawl the bundled sample portals over loopback into archive.db, then serve it
demo: archive serve

## archive: build archive.db from the sample portals
archive: $(STAMP)
	rm -f $(ARCHIVE_DB) $(ARCHIVE_DB)-wal $(ARCHIVE_DB)-shm
	$(BIN)/python -m samples.crawl --db $(ARCHIVE_DB)

## serve: Datasette on http://127.0.0.1:$(PORT)
serve: $(STAMP)
	$(BIN)/datasette serve $(ARCHIVE_DB) --metadata metadata.yml --host 127.0.0.1 --port $(PORT)

## samples: serve the sample portals alone (for crawling them by hand)
samples: $(STAMP)
	$(BIN)/python -m samples.server

## test: the whole suite
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

## score: print every gold-set score
score: $(STAMP)
	for m in $$(ls evaluation/*.py | xargs -n1 basename | sed 's/\.py$$//' | grep -v __init__); do \
		$(BIN)/python -m evaluation.$$m; done

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf build $(ARCHIVE_DB) $(ARCHIVE_DB)-wal $(ARCHIVE_DB)-shm .pytest_cache
