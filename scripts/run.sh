#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the widget into dist/, prints the
# offline file's path, and serves dist/ on http://127.0.0.1:8080 (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cargo build --release --locked --bin hsp-pr
echo
echo "Offline file (open it from disk, no network needed): $PWD/dist/hsp-pr-widget.html"
echo "Command-line tool: $PWD/target/release/hsp-pr evaluate examples/profile.json"
exec node scripts/serve.mjs dist 8080
