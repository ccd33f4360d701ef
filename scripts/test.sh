#!/usr/bin/env bash
# Sets up whatever is missing on a fresh Debian machine, then runs every test: the core
# and command line (real data and generated inputs), the app's commands through Tauri's
# mock runtime, and the end-to-end journey in the real app window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

scripts/setup-system.sh

# The dataset the app bundles and the e2e journey reads (sources: ../shared/data, or
# $TASUKETE_SOURCES). A debug build: it takes seconds, and saves compiling a release
# profile that no test needs.
cargo run --quiet -- build-dataset >/dev/null
# The tests that read the real data share this build instead of each making its own.
export TASUKETE_REAL_DB="$PWD/data/build/tasukete.sqlite"

# The app embeds the built UI (tauri.conf.json frontendDist), so it must exist to compile.
(cd ui && npm run build >/dev/null)

cargo test --workspace
scripts/e2e.sh

echo "test.sh: everything passed in $(( $(date +%s) - start )) s"
