#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every check and test:
# format, clippy (native and wasm, the sheet writer too), cargo deny (licences, bans, sources), the native tests (rules, CLI, properties, widget model,
# the fuzz corpus), the component tests in headless Chromium and Firefox ESR
# (wasm-bindgen-test), the CLI under a million-line load, and the end-to-end tests of the
# built pages (Playwright on Debian's Chromium), and the byte sizes of the build. Idempotent; CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
bash scripts/setup.sh

echo "== format"
cargo fmt --all -- --check
echo "== clippy (native, then wasm: the widget, the sheet writer, the API)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --test web -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p hsp-pr-sheet --lib -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --features api -- -D warnings
cargo clippy --locked --example shell --features shell -- -D warnings
echo "== dependencies: licences, bans and sources (deny.toml; the advisory database is not reachable here)"
cargo deny --all-features check licenses bans sources
echo "== native tests"
cargo test --workspace --all-targets --locked
echo "== component tests in headless Chromium, then in Firefox ESR"
CHROMEDRIVER=$(command -v chromedriver) cargo test --locked --target wasm32-unknown-unknown --test web
GECKODRIVER=$(command -v geckodriver) cargo test --locked --target wasm32-unknown-unknown --test web
echo "== build dist/ and the CLI"
bash scripts/build.sh
cargo build --release --locked --bin hsp-pr
echo "== the CLI under load: one million profiles through --jsonl"
cargo run --quiet --release --locked --example cli_load -- target/release/hsp-pr 1000000
echo "== byte sizes of the build: no growth past scripts/byte-ceilings.json"
node scripts/bench.mjs --bytes-only --check-bytes | grep -v '^{'
echo "== end-to-end tests of the built pages"
node --test tests/e2e/
