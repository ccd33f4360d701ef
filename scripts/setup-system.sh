#!/usr/bin/env bash
# Installs what the app's build and its end-to-end tests need on Debian: the WebKitGTK
# stack, Japanese fonts, Xvfb and WebKitWebDriver (apt, only when root and missing),
# tauri-driver (cargo), and the UI's and e2e tests' npm packages (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(libwebkit2gtk-4.1-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev libgtk-3-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev fonts-noto-cjk xvfb
  webkit2gtk-driver)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    # Another apt may be running (an image build, a parallel setup): wait for its lock.
    while pgrep -x apt-get >/dev/null || pgrep -x apt >/dev/null || pgrep -x dpkg >/dev/null; do
      echo "setup-system: waiting for another apt/dpkg to finish"; sleep 5
    done
    echo "setup-system: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "setup-system: missing packages ${missing[*]}; run this script as root to install them" >&2
    exit 1
  fi
fi

if ! command -v tauri-driver >/dev/null && [[ ! -x "$HOME/.cargo/bin/tauri-driver" ]]; then
  echo "setup-system: cargo install tauri-driver"
  cargo install tauri-driver --locked
fi

# npm ci is quick when node_modules matches the lock file already.
(cd ui && npm ci --no-audit --no-fund --loglevel=error)
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
echo "setup-system: ready"
