#!/usr/bin/env bash
# Packs pkg/ with npm, installs the tarball into a scratch project (no network: the
# package has no dependencies) and runs the Node tests there, importing `isnad` by
# name as a user would.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch="$root/target/node-scratch"
rm -rf "$scratch" && mkdir -p "$scratch"
tarball=$(cd "$root" && npm pack ./pkg --pack-destination "$scratch" --silent | tail -1)
cd "$scratch"
echo '{"name":"isnad-node-test","private":true,"type":"module"}' > package.json
npm install --no-audit --no-fund --offline "./$tarball" >/dev/null
cp "$root"/tests/node/*.test.mjs .
node --test --test-reporter=spec *.test.mjs
