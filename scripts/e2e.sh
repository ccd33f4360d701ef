#!/usr/bin/env bash
# End-to-end tests of the real app: builds the UI and the app, then — inside a network
# namespace that has only loopback — starts Xvfb, and for each scenario in
# tests/e2e/scenarios/ (or those named in E2E_ONLY) tauri-driver (which starts
# WebKitWebDriver and the app) and tests/e2e/run.mjs. Exits non-zero on any failure.
#
# Network proof: in the namespace there is no route off the machine (checked and logged
# below before the tests run), so a single remote request would fail the journey; the
# test also reads the webview's resource log and CSP violations and fails on any request
# that is not to the app itself (with a negative control that a remote fetch is seen).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOGS=tests/e2e/logs
mkdir -p "$LOGS" tests/e2e/screenshots

# Build the dataset when it is missing or this build's reader refuses it (a schema change).
# Debug profile, as scripts/test.sh: no release build is needed for any test.
# (Also when it has no manifest: the install path, and its scenario, need one.)
if ! cargo run --quiet -- stats --json >/dev/null 2>&1 || [[ ! -f data/build/tasukete.sqlite.manifest.json ]]; then
  echo "e2e: building the dataset"
  cargo run --quiet -- build-dataset || echo "e2e: dataset build failed; the journey will fail at the facility steps" >&2
fi
[[ -d tests/e2e/node_modules ]] || (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
[[ -d ui/node_modules ]] || (cd ui && npm ci --no-audit --no-fund --loglevel=error)
(cd ui && npm run build >/dev/null)
cargo build -p tasukete-app
APP="$ROOT/target/debug/tasukete-app"
DRIVER=$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")

# Runs inside the namespace. Quoted heredoc: nothing expands until it runs there.
inner=$(cat <<'INNER'
set -euo pipefail
ip link set lo up
{
  echo "# network inside the e2e namespace ($(date -u +%FT%TZ))"
  ip -o addr
  ip route
} > "$LOGS/network.txt" 2>&1
# Isolation is read off the namespace itself, without sending anything anywhere: only the
# loopback interface, and no route but loopback's.
if ip -o link | grep -v ': lo:' | grep -q .; then echo "e2e: the namespace has an interface besides lo" >&2; exit 1; fi
if ip route | grep -q .; then echo "e2e: the namespace has a route off the machine" >&2; exit 1; fi
echo "only loopback, no routes: nothing can leave this namespace" >> "$LOGS/network.txt"

# The app runs under strace: every connect()/sendto() of the app, its WebKit web and
# network processes is logged, and any address that is not loopback fails the run.
WRAPPER="$PROFILE/tasukete-app-traced"
# One log per scenario (E2E_SYSCALL_LOG, set below), all read after the run.
printf '#!/bin/sh\nexec strace -f -qq --seccomp-bpf -e trace=connect,sendto,sendmsg -e signal=none -o "$E2E_SYSCALL_LOG" "%s" "$@"\n' \
  "$APP" > "$WRAPPER"
chmod +x "$WRAPPER"

# -displayfd picks a free display: parallel runs (other worktrees) share /tmp/.X11-unix.
Xvfb -displayfd 3 -screen 0 1024x800x24 -nolisten tcp 3> "$PROFILE/display" > "$LOGS/xvfb.log" 2>&1 &
XVFB=$!
for _ in $(seq 50); do [[ -s "$PROFILE/display" ]] && break; sleep 0.1; done
export DISPLAY=":$(cat "$PROFILE/display")"
TD=
cleanup() { [[ -n "$TD" ]] && kill "$TD" 2>/dev/null; kill "$XVFB" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
rc=0
: > "$LOGS/tauri-driver.log"
# One app start per scenario, each with its own environment (clock, position, dataset) and
# a fresh profile (WebKit keeps localStorage under the XDG data dir).
for name in $SCENARIOS; do
  echo "e2e: scenario $name"
  (
    set -a
    eval "$(node tests/e2e/run.mjs --env "$name")"
    set +a
    export XDG_DATA_HOME="$PROFILE/$name/data"
    export E2E_SYSCALL_LOG="$ROOT/$LOGS/app-syscalls-$name.log"
    "$DRIVER" --port 4444 --native-port 4445 >> "$LOGS/tauri-driver.log" 2>&1 &
    td=$!
    for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/4444) 2>/dev/null && break; sleep 0.2; done
    status=0
    TASUKETE_APP="$WRAPPER" node tests/e2e/run.mjs "$name" || status=$?
    kill "$td" 2>/dev/null || true; wait "$td" 2>/dev/null || true
    exit $status
  ) || rc=1
done
exit $rc
INNER
)

# Which scenarios: all of tests/e2e/scenarios/ unless E2E_ONLY names some (space-separated).
SCENARIOS=${E2E_ONLY:-$(node tests/e2e/run.mjs --list | tr '\n' ' ')}
export APP DRIVER LOGS ROOT PROFILE SCENARIOS
# A fresh profile every run: WebKit keeps localStorage (the chosen language) under the XDG
# data dir, and the journey must start as a first launch does, in the system's language.
PROFILE=$(mktemp -d)
rm -f "$LOGS"/app-syscalls*.log
trap 'rm -rf "$PROFILE"' EXIT
export XDG_DATA_HOME="$PROFILE/data" XDG_CACHE_HOME="$PROFILE/cache" XDG_CONFIG_HOME="$PROFILE/config"
export LANG=en_US.UTF-8 LANGUAGE=en
# Each scenario sets the app's clock, position and dataset itself (its `env`).
unset TASUKETE_TEST_NOW TASUKETE_TEST_POSITION TASUKETE_DB
# WebKitGTK under Xvfb: software rendering, no DMA-BUF (no GPU here).
export WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
status=0
if [[ $(id -u) -eq 0 ]]; then
  unshare --net bash -c "$inner" || status=$?
else
  unshare --net --map-root-user bash -c "$inner" || status=$?
fi
cat "$LOGS/network.txt"
# What the app itself tried to reach (see the wrapper above), in every scenario.
for name in $SCENARIOS; do
  log="$LOGS/app-syscalls-$name.log"
  if [[ ! -f "$log" ]]; then
    echo "e2e: no syscall log from the app in scenario $name" >&2
    status=1
    continue
  fi
  total=$(grep -cE 'connect\(|sendto\(|sendmsg\(' "$log" || true)
  unix=$(grep -cE 'sa_family=AF_UNIX' "$log" || true)
  inet=$(grep -E 'sa_family=AF_INET6?' "$log" || true)
  foreign=$(printf '%s\n' "$inet" | grep -vE 'inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|^$' || true)
  echo "e2e: $name: the app made $total connect/sendto/sendmsg calls: $unix to local (AF_UNIX) sockets, $(printf '%s\n' "$inet" | grep -c . || true) to IP addresses, $(printf '%s\n' "$foreign" | grep -c . || true) of them off the machine"
  if [[ -n "$foreign" ]]; then
    echo "e2e: $name: the app tried to reach the network:" >&2
    printf '%s\n' "$foreign" | head -20 >&2
    status=1
  fi
done
if ((status)); then
  echo "e2e: FAILED (logs in $LOGS, screenshots in tests/e2e/screenshots)" >&2
else
  echo "e2e: passed"
fi
exit "$status"
