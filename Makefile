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

.PHONY: help start serve test test-native test-browser test-node test-e2e pkg www tools tools-test \
        bench eval model lexicon general-freq clean fuzz

help:
	@echo "make start   install what is missing, build, serve the page on http://$(HOST):$(PORT)"
	@echo "make test    install what tests need and run every test"
	@echo "make pkg     build the npm package into pkg/"
	@echo "make bench   benchmarks against peers, measured in the same run"
	@echo "make fuzz    every fuzz target for FUZZ_SECONDS (default 60) on the nightly toolchain"
	@echo "make eval    quality measures on ../shared data"
	@echo "make model   retrain the entity model; make lexicon rebuilds the clitic lexicon"

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

RUST_SOURCES := $(shell find src -name '*.rs') $(wildcard models/*) Cargo.toml Cargo.lock

pkg: pkg/.stamp

pkg/.stamp: $(RUST_SOURCES) $(wildcard js/*.js js/*.d.ts) tools/finish-pkg.mjs README.md LICENSE | tools
	wasm-pack build --release --target web --out-dir pkg --out-name isnad
	node tools/finish-pkg.mjs pkg
	@ls -l pkg/isnad_bg.wasm | awk '{print "pkg/isnad_bg.wasm: " $$5 " bytes"}'
	@gzip -9 -c pkg/isnad_bg.wasm | wc -c | awk '{print "pkg/isnad_bg.wasm gzipped: " $$1 " bytes"}'
	@touch $@

www: pkg
	rm -rf www/pkg && mkdir -p www/pkg
	cp pkg/functions.js pkg/isnad.js pkg/isnad_bg.wasm pkg/worker.js pkg/worker-script.js pkg/worker-serve.js www/pkg/
	cp pkg/index.js www/pkg/entry.js
	cp js/page-compat.js www/pkg/index.js

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
	@echo "make test: all suites passed"

test-native:
	cargo test --release

# wasm-bindgen tests in headless Chromium; the runner must report that tests ran.
test-browser: tools-test
	wasm-pack test --headless --chrome --release -- --test web 2>&1 | tee target/browser-tests.log
	@grep -Eq 'test result: ok\. [1-9][0-9]* passed' target/browser-tests.log \
	  || { echo "no browser test ran"; exit 1; }

# The packed npm tarball installed into a scratch project and imported as users do.
test-node: pkg tools-test
	bash tests/node/run.sh

test-e2e: www tools-test
	@if ls tests/e2e/*.test.mjs >/dev/null 2>&1; then node --test tests/e2e/; else echo "no end-to-end tests yet"; fi

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

model:
	cargo run --release --example train_ner

# General-Arabic word behaviour for the entity features, from PyPI wordfreq (CC BY-SA 4.0).
general-freq:
	python3 tools/wordfreq.py --install
	python3 tools/wordfreq.py
	cargo run --release --example general_freq

lexicon:
	cargo run --release --example lexicon -- ../shared/data/anercorp/train.conll > models/lexicon.tsv

clean:
	rm -rf target pkg www/pkg node_modules
