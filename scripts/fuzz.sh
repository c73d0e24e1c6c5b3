#!/usr/bin/env bash
# Runs the fuzz targets (cargo fuzz; libFuzzer) for SECONDS each (default 600), keeping what
# they find in fuzz/corpus/ (replayed by the normal tests: tests/fuzz_corpus.rs).
# cargo-fuzz needs nightly flags: RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them.
# Debug assertions are on (-a), so an integer overflow is a finding, not a silent wrap.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH=${1:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
for target in decode_json share_link evaluate; do
  echo "== fuzzing $target for $SECONDS_EACH s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none -O -a "$target" -- \
    -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 -print_final_stats=1
  # Keep the corpus small: only inputs that add coverage.
  RUSTC_BOOTSTRAP=1 cargo fuzz cmin --sanitizer none -O -a "$target"
done
