#!/usr/bin/env bash
# The benchmark: builds the release and prints DESIGN.md's figures (table and JSON in
# target/bench/results.json). Options after the command go to bench.mjs:
#   --bytes-only    only the byte figures;  --check-bytes   fail if the bytes grow past
#   scripts/byte-ceilings.json (and print the gap to DESIGN.md's budgets).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo build --release --locked --bin hsp-pr
node scripts/bench.mjs "$@"
