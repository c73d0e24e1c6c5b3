#!/usr/bin/env bash
# Builds the widget into dist/: the release wasm (size profile), wasm-bindgen glue,
# wasm-opt -Oz, the page, and the single offline file dist/hsp-pr-widget.html.
set -euo pipefail
cd "$(dirname "$0")/.."
HSP_PR_SETUP_BROWSER=${HSP_PR_SETUP_BROWSER:-0} bash scripts/setup.sh

VERSION=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
# The release wasm rebuilds the standard library for size (about 50 s more, once), with
# flags that are unstable, hence RUSTC_BOOTSTRAP on the one pinned stable toolchain:
# - panic = immediate-abort: no panic message formatting at all. A panic is a trap, and
#   the loader's fallback (a translated message and a reset) catches traps, not messages;
# - location-detail=none, fmt-debug=none: no file names or Debug output the user never sees.
# Together about 30 KB gzip less wasm (README, Performance). Its own target dir keeps
# these flags from rebuilding the test builds.
RUSTC_BOOTSTRAP=1 \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  cargo build --profile wasm-release --locked --target wasm32-unknown-unknown --lib --target-dir target/size \
  -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
# The official sheet's writer (sheet/): its own wasm, fetched only when the person asks for the
# sheet (issue #13), with the same size flags.
RUSTC_BOOTSTRAP=1 \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  cargo build --profile wasm-release --locked --target wasm32-unknown-unknown -p hsp-pr-sheet --lib --target-dir target/size \
  -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
rm -rf dist
mkdir -p dist target/glue
wasm-bindgen --target web --no-typescript --out-name core --out-dir target/glue target/size/wasm32-unknown-unknown/wasm-release/hsp_pr.wasm
# HspPr.evaluate's own wasm (src/api.rs, issue #15): the same library with the `api` feature,
# fetched on the API's first call. Built after the widget's glue is written, as it is the same
# output file.
RUSTC_BOOTSTRAP=1 \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  cargo build --profile wasm-release --locked --target wasm32-unknown-unknown --lib --features api --target-dir target/size \
  -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
wasm-bindgen --target web --no-typescript --out-name api --out-dir target/glue target/size/wasm32-unknown-unknown/wasm-release/hsp_pr.wasm
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/glue/api_bg.wasm -o target/glue/api_bg.opt.wasm
# Debian's binaryen is too old for current wasm; npm's binaryen (lock file) is used.
# The import and export names (wasm-bindgen's are long and hashed) are minified too; wasm-opt
# prints the old → new names, and bundle.py renames them in the glue.
node_modules/.bin/wasm-opt -Oz --minify-imports-and-exports-and-modules \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/glue/core_bg.wasm -o target/glue/core_bg.opt.wasm > target/glue/names.json
wasm-bindgen --target web --no-typescript --out-name sheet --out-dir target/glue target/size/wasm32-unknown-unknown/wasm-release/hsp_pr_sheet.wasm
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/glue/sheet_bg.wasm -o target/glue/sheet_bg.opt.wasm
# The prerendered shell (issue #15): the first screen in each language, rendered natively by
# Yew's server renderer from the same components (examples/shell.rs), into target/shell/.
rm -rf target/shell
# For the day of the commit being built, so that one commit's files (and their hashes) are the
# same whatever the day of the build.
SHELL_DAY=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
cargo run --quiet --locked --example shell --features shell -- target/shell "$SHELL_DAY"
python3 scripts/bundle.py dist "$VERSION" target/glue/core.js target/glue/core_bg.opt.wasm target/glue/names.json \
  target/glue/sheet.js target/glue/sheet_bg.opt.wasm target/glue/api.js target/glue/api_bg.opt.wasm
echo "Built dist/ (wasm $(wc -c < "dist/hsp-pr-widget-$VERSION.wasm") bytes; offline file $(wc -c < dist/hsp-pr-widget.html) bytes)"
