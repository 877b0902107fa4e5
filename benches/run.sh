#!/usr/bin/env bash
# `make bench`: every benchmark, each printing its budgets with PASS/FAIL; exits non-zero
# when a budget fails. Peers are measured in the same run.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
run() { echo; echo "== $*"; "$@" || status=1; }
[ -f benches/normalize.mjs ] && run node benches/normalize.mjs pkg
run node benches/analysis.mjs pkg
[ -f benches/page.mjs ] && run node benches/page.mjs
# Corpus reuse: the CLI at 1k, 3k and all arwiki articles, and Spark when the venv of
# `make test-spark` has it (its Python has isnad and pyspark installed).
py=python3; [ -x target/venv/bin/python ] && py=target/venv/bin/python
run "$py" benches/reuse.py
# Time on repetitive inputs (one line, one name, many names) at two sizes: linear?
run python3 benches/scaling.py
exit $status
