#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every check and test.
# Idempotent; safe on a bare machine of this kind (Rust toolchain present, registries reachable).
set -euo pipefail
cd "$(dirname "$0")/.."

# Lints are part of the tests: a change that does not pass them does not land.
cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
cargo clippy --version >/dev/null 2>&1 || rustup component add clippy

echo "== format"
cargo fmt --all -- --check
echo "== clippy"
cargo clippy --all-targets --locked -- -D warnings
echo "== native tests (rules, CLI, properties)"
cargo test --all-targets --locked
