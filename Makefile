# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8001
ARCHIVE_DB ?= archive.db

.PHONY: demo test test-standalone serve archive samples lint score clean system-deps bench-extract \
	bench-discovery

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: crawl the bundled sample portals over loopback into archive.db, then serve it
demo: archive serve

## archive: build archive.db from the sample portals
archive: $(STAMP) system-deps
	rm -f $(ARCHIVE_DB) $(ARCHIVE_DB)-wal $(ARCHIVE_DB)-shm
	$(BIN)/python -m samples.crawl --db $(ARCHIVE_DB)

# Where `make serve` listens, and the path prefix when a proxy serves it under one (e.g. /hop/)
HOST ?= 127.0.0.1
BASE_URL ?= /
# Limits for a public instance: a query may run 3 s and return 1,000 rows (CSV streams all); a
# facet 0.5 s; no facet suggestions (most of a search page's time); three SQL threads; table
# cells cut at 500 characters (the article page shows the whole text)
SERVE_SETTINGS ?= --setting sql_time_limit_ms 3000 --setting max_returned_rows 1000 \
	--setting facet_time_limit_ms 500 --setting suggest_facets off --setting num_sql_threads 3 \
	--setting truncate_cells_html 500 \
	--setting base_url $(BASE_URL)

# The archived copies: pywb on its own port (its own origin), replaying the WARC files beside
# the archive; REPLAY_URL is where pages link to it (set it when a proxy serves replay elsewhere)
REPLAY_PORT ?= 8081
WARC_DIR ?= $(dir $(abspath $(ARCHIVE_DB)))warcs
REPLAY_ROOT ?= build/pywb
REPLAY_URL ?= http://$(HOST):$(REPLAY_PORT)/archive/

## serve: Datasette on http://$(HOST):$(PORT)$(BASE_URL) with metadata, pages, charts and the
## project's plugin (publish/plugin.py), and pywb's archived copies on port $(REPLAY_PORT).
## Not immutable: pages show what the last crawl wrote without a restart (WAL readers)
serve: $(STAMP)
	$(BIN)/python -m publish.replay --warcs $(WARC_DIR) --root $(REPLAY_ROOT) --host $(HOST) \
		--port $(REPLAY_PORT) & replay=$$!; trap 'kill $$replay' EXIT INT TERM; \
	REPLAY_URL=$(REPLAY_URL) $(BIN)/datasette serve $(ARCHIVE_DB) --metadata metadata.yml \
		--template-dir templates --host $(HOST) --port $(PORT) $(SERVE_SETTINGS)

## bench-serve: a copy of the demo archive scaled to BENCH_ARTICLES articles (built once, in
## build/bench/), served as `make serve` serves it, under BENCH_CLIENTS clients for BENCH_SECONDS
## s; prints requests, errors, p50/p95/p99 per kind of page, and whether it recovers
BENCH_ARTICLES ?= 300000
BENCH_CLIENTS ?= 100
BENCH_SECONDS ?= 30
.PHONY: bench-serve
bench-serve: $(STAMP)
	test -f $(ARCHIVE_DB) || $(MAKE) archive
	$(BIN)/python -m publish.bench_serve --source $(ARCHIVE_DB) --articles $(BENCH_ARTICLES) \
		--archive build/bench/$(BENCH_ARTICLES)/archive.db --clients $(BENCH_CLIENTS) \
		--seconds $(BENCH_SECONDS) -- $(SERVE_SETTINGS)

## samples: serve the sample portals alone (for crawling them by hand)
samples: $(STAMP)
	$(BIN)/python -m samples.server

## test: the whole suite (PYTEST_ARGS passes options to pytest)
PYTEST_ARGS ?=
test: $(STAMP) system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest $(PYTEST_ARGS)

## test-standalone: what a user's fresh clone does: the committed tree cloned into an empty
## folder with nothing beside it (no ../shared), where `make test` (browser suite left out, as
## it reads nothing outside the clone) and `make archive` must pass
test-standalone:
	dir=$$(mktemp -d) && git clone -q . $$dir/clone && \
	$(MAKE) -C $$dir/clone test PYTEST_ARGS='--ignore-glob=tests/test_browser*' && \
	$(MAKE) -C $$dir/clone archive && rm -rf $$dir

## score: print every score: the snapshots in tests/gold/ (written with the extractors: regression
## checks, not accuracy) and the blind batches in evaluation/blind/ (accuracy); it never writes a
## snapshot (evaluation.make_* do), and leaves the benchmarks (evaluation.bench_*) to bench-extract
## and the crawls of heldout and bench-resume
score: $(STAMP)
	for m in $$(ls evaluation/*.py | xargs -n1 basename | sed 's/\.py$$//' \
		| grep -v -e __init__ -e '^make_' -e '^bench_' -e '^heldout$$' -e '^resume$$'); do \
		$(BIN)/python -m evaluation.$$m; done

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf build $(ARCHIVE_DB) $(ARCHIVE_DB)-wal $(ARCHIVE_DB)-shm .pytest_cache

## system-deps: Debian packages: Tesseract OCR with its Vietnamese model (scanned PDF
## attachments) and Chromium (browser tests); installed only when missing
SYSTEM_PACKAGES := tesseract-ocr tesseract-ocr-vie chromium
system-deps:
	@if ! command -v chromium >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx vie; then \
		apt-get update && apt-get install -y --no-install-recommends $(SYSTEM_PACKAGES); fi

## bench-extract: body extraction scores, ours vs plain trafilatura, on the snapshot, the public
## benchmark and the VnExpress page (third-party pages, not in the repository: put the shared/
## folder beside the clone, ../shared/benchmarks/zyte-article-extraction and
## ../shared/samples/vnexpress; without them only the snapshot is scored), then the speed of
## analysing the snapshot articles' text (`python -m evaluation.bench_analysis`)
bench-extract: $(STAMP)
	$(BIN)/python -m evaluation.extraction
	$(BIN)/python -m evaluation.bench_analysis

## bench-resume: kill -9 trials: TRIALS crawls of three sample portals (kyanh, kiengiang with
## a text PDF, tanhiep with a scan) killed at seeded moments over a whole crawl's length, each
## resumed from its job folder; prints identical archives / trials (exit 1 unless all are)
TRIALS ?= 20
SEED ?= 1
.PHONY: bench-resume
bench-resume: $(STAMP)
	$(BIN)/python -m evaluation.resume --trials $(TRIALS) --seed $(SEED)

## bench-crawl: pages/min of the crawl (extraction and archiving) and of a spider that stores
## nothing, over a 3,000-page copy of the sample portals served by nginx (installed when missing)
.PHONY: bench-crawl
bench-crawl: $(STAMP)
	command -v nginx >/dev/null || (apt-get update && apt-get install -y --no-install-recommends nginx)
	$(BIN)/python -m crawler.bench_crawl

## bench-reextract: re-extraction's captures/s, articles/s and peak memory (all its processes)
## over the demo archive and over a copy of it grown to BENCH_CAPTURES page captures
BENCH_CAPTURES ?= 100000
.PHONY: bench-reextract
bench-reextract: $(STAMP)
	$(BIN)/python -m crawler.bench_reextract --captures $(BENCH_CAPTURES)

## heldout: crawl the held-out sample portals (samples/heldout/, built by someone who never saw
## the crawler) from their home pages; prints articles archived / present and non-articles stored.
## HELDOUT=samples/heldout2 crawls the second set.
HELDOUT ?= samples/heldout
.PHONY: heldout
heldout: $(STAMP)
	$(BIN)/python -m evaluation.heldout $(HELDOUT)

## crawl: the scheduled job (deploy/): crawls the registry's active portals, or PORTALS=ID,ID,
## into $(ARCHIVE_DB), logging to $(CRAWL_LOG_DIR)/crawl.log; fails when a portal's crawl fails,
## has errors or finds nothing, unless EXPECT_SILENT=ID,ID names it
PORTALS ?= all
EXPECT_SILENT ?=
CRAWL_LOG_DIR ?= logs
CRAWL_JOB_DIR ?= jobs
.PHONY: crawl
crawl: $(STAMP)
	$(BIN)/python -m crawler.run --portals $(PORTALS) --db $(ARCHIVE_DB) --log-dir $(CRAWL_LOG_DIR) \
		--jobdir $(CRAWL_JOB_DIR) $(if $(EXPECT_SILENT),--expect-silent $(EXPECT_SILENT))

## bench-discovery: crawls 50 fuzzed portal layouts (samples/fuzz.py: class names, URL schemes,
## menus, listing markup and pagination varied) and prints articles archived / present and
## non-articles stored (goal: >= 99 %, 0)
FUZZ_VARIANTS ?= 50
bench-discovery: $(STAMP)
	$(BIN)/python -m samples.fuzz --variants $(FUZZ_VARIANTS)

## bench-hostile: crawls a seeded site of hostile pages (samples/hostile.py: bombs, huge and
## broken pages, lies about types and charsets, redirects off the portal, local files, endless
## bodies, traps) over loopback and prints requests that left the portal, local files read,
## crawls over their memory or time limit and pages neither archived nor recorded (all 0 when
## well); SEED=S and PAGES=N choose another site (default: every kind four times)
SEED ?= 1
PAGES ?=
.PHONY: bench-hostile
bench-hostile: $(STAMP)
	$(BIN)/python -m samples.bench_hostile --seed $(SEED) $(if $(PAGES),--pages $(PAGES))
