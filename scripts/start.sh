#!/usr/bin/env bash
# Sets up, builds the dataset if it is missing, builds the UI and the app, and starts it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-system.sh
if ! cargo run --release --quiet -- stats --json >/dev/null 2>&1; then
  echo "start: building the dataset (data/build/tasukete.sqlite)"
  cargo run --release -- build-dataset
fi
(cd ui && npm run build)
# The default feature custom-protocol serves ui/dist from inside the binary.
cargo build --release -p tasukete-app
exec target/release/tasukete-app "$@"
