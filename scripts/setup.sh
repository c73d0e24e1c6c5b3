#!/usr/bin/env bash
# Installs what the build and the tests need, only where it is missing (idempotent).
# Everything comes from crates.io, npm (lock file) or Debian: nothing is downloaded elsewhere.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The wasm target.
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
# The standard library's source: the release wasm rebuilds std for size (scripts/build.sh).
rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src

# wasm-bindgen-cli at exactly the version in Cargo.lock (the glue and the crate must match).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WB_VERSION" ]; then
  echo "== installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# cargo-deny at a pinned version (licences, bans and sources need no network; deny.toml).
DENY_VERSION=0.20.2
if ! command -v cargo-deny >/dev/null || [ "$(cargo-deny --version | awk '{print $2}')" != "$DENY_VERSION" ]; then
  echo "== installing cargo-deny $DENY_VERSION"
  cargo install cargo-deny --version "$DENY_VERSION" --locked || cargo install cargo-deny --version "$DENY_VERSION"
fi

# npm tools from the lock file: wasm-opt (binaryen), playwright-core, axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# openpyxl from PyPI at a pinned version: the tests read the .xlsx the sheet writer makes with
# an independent reader (issue #13).
OPENPYXL_VERSION=3.1.5
if ! python3 -c "import openpyxl, sys; sys.exit(openpyxl.__version__ != '$OPENPYXL_VERSION')" 2>/dev/null; then
  echo "== installing openpyxl $OPENPYXL_VERSION"
  python3 -m pip install --quiet "openpyxl==$OPENPYXL_VERSION"
fi

# zopfli from PyPI at a pinned version: the build compresses the offline file's wasm with it
# (a gzip stream the browser inflates, 4 % smaller than gzip -9; issue #15).
ZOPFLI_VERSION=0.4.3
if ! python3 -c "import zopfli, importlib.metadata as m, sys; sys.exit(m.version('zopfli') != '$ZOPFLI_VERSION')" 2>/dev/null; then
  echo "== installing zopfli $ZOPFLI_VERSION"
  python3 -m pip install --quiet "zopfli==$ZOPFLI_VERSION"
fi

# Debian's Chromium and ChromeDriver, Firefox ESR (browser tests) and CJK fonts (screenshots);
# geckodriver from crates.io at a pinned version.
if [ "${HSP_PR_SETUP_BROWSER:-1}" = 1 ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]} from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
  GECKODRIVER_VERSION=0.37.1
  if ! command -v geckodriver >/dev/null || [ "$(geckodriver --version | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    echo "== installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
fi
