#!/usr/bin/env bash
# Builds the widget into dist/: the release wasm (size profile), wasm-bindgen glue,
# wasm-opt -Oz, the page, and the single offline file dist/hsp-pr-widget.html.
set -euo pipefail
cd "$(dirname "$0")/.."
HSP_PR_SETUP_BROWSER=${HSP_PR_SETUP_BROWSER:-0} bash scripts/setup.sh

VERSION=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cargo build --release --locked --target wasm32-unknown-unknown --lib
rm -rf dist
mkdir -p dist target/glue
wasm-bindgen --target web --no-typescript --out-name core --out-dir target/glue target/wasm32-unknown-unknown/release/hsp_pr.wasm
# Debian's binaryen is too old for current wasm; npm's binaryen (lock file) is used.
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/glue/core_bg.wasm -o target/glue/core_bg.opt.wasm
python3 scripts/bundle.py dist "$VERSION" target/glue/core.js target/glue/core_bg.opt.wasm
echo "Built dist/ (wasm $(wc -c < "dist/hsp-pr-widget-$VERSION.wasm") bytes; offline file $(wc -c < dist/hsp-pr-widget.html) bytes)"
