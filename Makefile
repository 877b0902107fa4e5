# isnad: `make start` sets up, builds and serves the page; `make test` runs every test.
# Everything a fresh Debian machine with the Rust toolchain lacks is installed here.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR := never

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The wasm-bindgen version locked in Cargo.lock: the CLI must be exactly this one.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: help start serve test test-native test-browser test-node test-e2e test-python test-spark python-dev spark-deps wheel pkg www tools \
        tools-test bench eval model lexicon general-freq clusters name-lists letters gazetteer clean fuzz

help:
	@echo "make start   install what is missing, build, serve the page on http://$(HOST):$(PORT)"
	@echo "make test    install what tests need and run every test"
	@echo "make pkg     build the npm package into pkg/"
	@echo "make wheel   build the Python wheel (abi3, Python 3.9+) into target/wheels/"
	@echo "make bench   benchmarks against peers, measured in the same run"
	@echo "make fuzz    every fuzz target for FUZZ_SECONDS (default 60) on the nightly toolchain"
	@echo "make eval    quality measures on ../shared data"
	@echo "make model   retrain the entity model; make lexicon rebuilds the clitic lexicon"
	@echo "make clusters / make name-lists   rebuild the word clusters / name gazetteers from ../shared"
	@echo "make letters  recount models/letter_trigrams.tsv after the name lists or general_freq.tsv change"
	@echo "make gazetteer  rewrite models/gazetteer_lookup.tsv after models/gazetteers/*.tsv or gazetteer.rs's lists change"

# ---- tools -------------------------------------------------------------------------

tools: target/.stamp-rust-target target/.stamp-wasm-pack target/.stamp-wasm-bindgen-$(WASM_BINDGEN_VERSION) node_modules/.stamp

target/.stamp-rust-target:
	rustup target add wasm32-unknown-unknown
	@mkdir -p target && touch $@

target/.stamp-wasm-pack:
	command -v wasm-pack >/dev/null || cargo install wasm-pack --locked
	@mkdir -p target && touch $@

target/.stamp-wasm-bindgen-$(WASM_BINDGEN_VERSION):
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --locked --force \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi
	@mkdir -p target && touch $@

# npm's binaryen provides wasm-opt (wasm-pack's own download is unreachable here).
node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

tools-test: tools
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

# ---- build -------------------------------------------------------------------------

RUST_SOURCES := $(shell find src -name '*.rs') $(wildcard models/*) build.rs Cargo.toml Cargo.lock

pkg: pkg/.stamp

pkg/.stamp: $(RUST_SOURCES) $(wildcard js/*.js js/*.d.ts) tools/finish-pkg.mjs README.md LICENSE | tools
	wasm-pack build --release --target web --out-dir pkg --out-name isnad
	node tools/finish-pkg.mjs pkg
	@ls -l pkg/isnad_bg.wasm | awk '{print "pkg/isnad_bg.wasm: " $$5 " bytes"}'
	@gzip -9 -c pkg/isnad_bg.wasm | wc -c | awk '{print "pkg/isnad_bg.wasm gzipped: " $$1 " bytes"}'
	@touch $@

# The page runs the package's worker API (isnad/worker): worker.js on the page, which
# starts worker-script.js, which loads index.js (and the wasm beside it) and answers
# through worker-serve.js; functions.js and isnad.js are what those import.
www: pkg
	rm -rf www/pkg && mkdir -p www/pkg
	cp pkg/worker.js pkg/worker-script.js pkg/worker-serve.js pkg/index.js pkg/functions.js pkg/isnad.js pkg/isnad_bg.wasm www/pkg/

start: www
	@echo "isnad is served on http://$(HOST):$(PORT)  (Ctrl-C stops it)"
	node tools/serve.mjs www $(HOST) $(PORT)

serve:
	node tools/serve.mjs www $(HOST) $(PORT)

# ---- tests -------------------------------------------------------------------------

test: tools-test
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-browser
	$(MAKE) --no-print-directory test-node
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory test-python
	@echo "make test: all suites passed"

# The test builds keep the release profile's optimizations but not its whole-program
# LTO in one codegen unit: the same code, built in about half the time over the thirty
# test binaries (LTO changes speed, not behaviour). What ships or is timed (pkg, www,
# wheel, bench) keeps the release profile as Cargo.toml writes it.
TEST_BUILD := CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16

test-native:
	$(TEST_BUILD) cargo test --release

# wasm-bindgen tests in headless Chromium; the runner must report that tests ran.
test-browser: tools-test
	$(TEST_BUILD) wasm-pack test --headless --chrome --release -- --test web 2>&1 | tee target/browser-tests.log
	@grep -Eq 'test result: ok\. [1-9][0-9]* passed' target/browser-tests.log \
	  || { echo "no browser test ran"; exit 1; }

# The packed npm tarball installed into a scratch project and imported as users do.
test-node: pkg tools-test
	bash tests/node/run.sh

test-e2e: www tools-test
	@if ls tests/e2e/*.test.mjs >/dev/null 2>&1; then node --test tests/e2e/; else echo "no end-to-end tests yet"; fi

# ---- Python -----------------------------------------------------------------------

# A venv under target/ with maturin and pytest (from PyPI); PYTHON must be 3.9 or newer.
PYTHON ?= python3
VENV := target/venv
MATURIN := VIRTUAL_ENV=$(CURDIR)/$(VENV) $(VENV)/bin/maturin

$(VENV)/.stamp: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 9))' 2>/dev/null \
	  || { echo "Python 3.9 or newer is needed: set PYTHON=/path/to/python3 (or apt-get install python3 python3-venv)"; exit 1; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { echo "the venv module is missing: apt-get install python3-venv"; exit 1; }
	[ -x $(VENV)/bin/python ] || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check "maturin>=1.5,<2" "pytest>=7"
	@touch $@

# An abi3 wheel: one file for every CPython from 3.9 on.
wheel: $(VENV)/.stamp
	$(MATURIN) build --release --out target/wheels
	@ls -l target/wheels/*.whl

# The package built into the venv, checked against the CLI it must agree with; then
# Spark when Java is there. Spark's Python dependencies install while the package
# builds (-j2): pyspark is a source archive of some 400 MB that pip turns into a wheel,
# minutes on a cold machine, mostly download and disk, while the build is CPU.
test-python: $(VENV)/.stamp
	$(TEST_BUILD) cargo build --release --bin isnad
	$(TEST_BUILD) $(MAKE) --no-print-directory -j2 python-dev $(if $(shell command -v java),spark-deps)
	$(VENV)/bin/python -m pytest -q -p no:cacheprovider tests/python --ignore=tests/python/test_spark.py
	$(MAKE) --no-print-directory test-spark

python-dev: $(VENV)/.stamp
	$(MATURIN) develop --release

# pyspark, pandas (below 3: pyspark's pandas UDFs) and pyarrow in one pip call.
spark-deps: $(VENV)/.stamp
	$(VENV)/bin/python -c 'import pyspark, pandas, pyarrow; assert int(pandas.__version__.split(".")[0]) < 3' 2>/dev/null \
	  || $(VENV)/bin/pip install -q --disable-pip-version-check "pyspark>=3.4" "pandas>=1.5,<3" "pyarrow>=10"

# pyspark needs Java 17 (or 11/21): Debian's openjdk-17-jre-headless.
test-spark: $(VENV)/.stamp
	@command -v java >/dev/null || { echo "Spark tests need Java: apt-get install openjdk-17-jre-headless"; exit 1; }
	$(MAKE) --no-print-directory spark-deps
	[ -n "$$($(VENV)/bin/pip show isnad 2>/dev/null)" ] || $(TEST_BUILD) $(MATURIN) develop --release
	$(VENV)/bin/python -m pytest -q -p no:cacheprovider tests/python/test_spark.py

# ---- fuzzing -----------------------------------------------------------------------

# Each fuzz target (fuzz/fuzz_targets/) for FUZZ_SECONDS on the nightly toolchain; new
# corpus entries land in fuzz/corpus/<target>/, crashes in fuzz/artifacts/<target>/, and
# `cargo test --test fuzz_replay` (part of `make test`) replays both. With cargo-fuzz's
# default AddressSanitizer, for the unsafe code of src/normalize.rs.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := normalize tokenize entities quotes compare diff analyze jsonl

fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cargo +nightly fuzz build
	@for t in $(FUZZ_TARGETS); do \
	  echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	  cargo +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -dict=$(CURDIR)/fuzz/arabic.dict || exit 1; \
	done

# ---- measures ----------------------------------------------------------------------

bench: pkg
	bash benches/run.sh

eval:
	cargo run --release --example eval_ner
	cargo run --release --example eval_pan
	cargo run --release --example eval_reuse
	cargo run --release --example eval_quotes

model:
	cargo run --release --example train_ner

# General-Arabic word behaviour for the entity features, from PyPI wordfreq (CC BY-SA 4.0).
general-freq:
	python3 tools/wordfreq.py --install
	python3 tools/wordfreq.py
	cargo run --release --example general_freq
	$(MAKE) letters

# Word clusters for the entity features, from Arabic Wikipedia and WikiFANE's text
# (word2vec by PyPI gensim in a venv under target/, one worker, fixed seeds).
clusters:
	cargo build --release --example cluster_corpus
	mkdir -p target/clusters
	zcat ../shared/data/arwiki/arwiki_2017_sample.jsonl.gz | ./target/release/examples/cluster_corpus \
	  target/clusters/corpus.txt ../shared/data/wikifane/wikifane_gold.txt
	test -x target/w2v-py/bin/python || python3 tools/clusters.py --install
	PYTHONHASHSEED=0 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 target/w2v-py/bin/python tools/clusters.py
	./target/release/examples/cluster_corpus --table

# Name gazetteers from ../shared/data/names (Wikidata tokens, MIT; Wikipedia pairs,
# Apache 2.0) and the names annotated in WikiFANE (CC BY-SA 3.0).
name-lists:
	cargo run --release --example name_lists
	$(MAKE) gazetteer letters

# The letter-trigram counts of names and general words (src/entities/letters.rs), from
# the name lists and models/general_freq.tsv: run after either changes.
letters:
	cargo run --release --example letter_trigrams

# The gazetteer tables in lookup form (src/entities/gazetteer.rs), from
# models/gazetteers/*.tsv and the lists in gazetteer.rs: run after either changes.
gazetteer:
	cargo run --release --example gazetteer_lookup

lexicon:
	cargo run --release --example lexicon -- ../shared/data/anercorp/train.conll > models/lexicon.tsv

clean:
	rm -rf target pkg www/pkg node_modules
