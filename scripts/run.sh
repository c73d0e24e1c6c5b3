#!/usr/bin/env bash
# The README's run command. Until the widget lands (issue #3) it builds the `hsp-pr`
# command-line tool and runs it on the example profile, printing the assessment.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --bin hsp-pr
./target/release/hsp-pr evaluate examples/profile.json
echo
echo "Built target/release/hsp-pr; see README.md for its use."
