#!/usr/bin/env bash
# The packed npm tarball installed into scratch projects, as users do:
#  - a Node project: the tests of tests/node/*.test.mjs (import, require, init, input);
#  - a TypeScript project: strict, lib ES2022 + @types/node, no DOM, skipLibCheck false,
#    and no export typed `any`; and a browser one (DOM types) using init and worker;
#  - one page built by Vite (default config), served by Vite's dev server, and built by
#    esbuild and webpack 5, opened in headless Chromium: the page after `await ready`, its own worker and isnad/worker answer.
# The tools (tests/node/projects/tools) are installed once per lockfile under
# target/scratch-cache and shared by the projects (Node finds them in a parent folder).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
projects="$root/tests/node/projects"
work="$root/target/node-scratch"
rm -rf "$work" && mkdir -p "$work"
tarball=$(cd "$root" && npm pack ./pkg --pack-destination "$work" --silent | tail -1)
install_pkg() { # a project folder with a package.json and the tarball installed
  mkdir -p "$1" && echo "{\"name\":\"isnad-scratch-$(basename "$1")\",\"private\":true,\"type\":\"module\"}" > "$1/package.json"
  (cd "$1" && npm install --offline --no-audit --no-fund "$work/$tarball" >/dev/null)
}

echo "== Node: import, require, init, input handling"
install_pkg "$work/node"
cp "$root"/tests/node/*.test.mjs "$work/node/"
(cd "$work/node" && node --test --test-reporter=spec *.test.mjs)

echo "== tools for the scratch projects"
hash=$(cat "$projects/tools/package.json" "$projects/tools/package-lock.json" | sha256sum | cut -c1-16)
cache="$root/target/scratch-cache/$hash"
if [ ! -f "$cache/.complete" ]; then
  rm -rf "$cache" && mkdir -p "$cache"
  cp "$projects/tools/package.json" "$projects/tools/package-lock.json" "$cache/"
  (cd "$cache" && npm ci --no-audit --no-fund >/dev/null)
  touch "$cache/.complete"
else
  echo "cached in ${cache#$root/}"
fi
ln -s "$cache/node_modules" "$work/node_modules"
bin="$work/node_modules"

echo "== TypeScript: strict, ES2022 + @types/node, skipLibCheck false"
install_pkg "$work/ts"
cp "$projects"/ts/* "$work/ts/"
(cd "$work/ts" && node "$bin/typescript/bin/tsc" -p . && node no-any.mjs)
echo "== TypeScript: strict, ES2022 + DOM, bundler resolution"
install_pkg "$work/ts-dom"
cp "$projects"/ts-dom/* "$work/ts-dom/"
(cd "$work/ts-dom" && node "$bin/typescript/bin/tsc" -p .)

echo "== bundlers"
for tool in vite esbuild webpack; do
  install_pkg "$work/$tool"
  cp -r "$projects/web/." "$work/$tool/"
done
(cd "$work/vite" && node "$bin/vite/bin/vite.js" build --logLevel warn)
(cd "$work/esbuild" && "$bin/.bin/esbuild" main=src/main.js worker=src/worker.js worker-script=isnad/worker-script \
  --bundle --format=esm --loader:.wasm=file --outdir=dist --log-level=warning \
  && sed 's#./src/main.js#./main.js#' index.html > dist/index.html)
(cd "$work/webpack" && node --input-type=module -e "
import webpack from 'webpack';
webpack({ mode: 'production', entry: './src/main.js', output: { path: process.cwd() + '/dist' } }, (err, stats) => {
  if (err || stats.hasErrors()) { console.error(err ?? stats.toString('errors-only')); process.exit(1); }
});" && sed 's#./src/main.js#./main.js#' index.html > dist/index.html)

echo "== Vite's dev server (pre-bundled dependencies)"
port=$((20000 + RANDOM % 20000))
(cd "$work/vite" && exec node "$bin/vite/bin/vite.js" --port "$port" --strictPort --host 127.0.0.1 --logLevel warn) &
dev=$!
trap 'kill "$dev" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  node -e "fetch('http://127.0.0.1:$port/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" && break
  sleep 1
done

echo "== the pages in headless Chromium"
node "$root/tests/node/browser.mjs" vite="$work/vite/dist" vite-dev="http://127.0.0.1:$port/" \
  esbuild="$work/esbuild/dist" webpack="$work/webpack/dist"
