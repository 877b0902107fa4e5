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
exit $status
