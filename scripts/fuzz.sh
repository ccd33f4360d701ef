#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser of outside input, one target after another
# (the machine is shared: one libFuzzer process at a time), then fuzz/report.md.
#
#   scripts/fuzz.sh SECONDS [TARGET ...]     default: every target in fuzz/fuzz_targets/
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz passes -Z flags to rustc:
# with only a stable toolchain RUSTC_BOOTSTRAP=1 lets it accept them. No sanitizer: the
# core forbids unsafe code, and libFuzzer still finds panics, overflows (debug
# assertions are on) and failed property checks. Each target starts from its kept inputs
# in tests/fuzz-regressions/<target>/; a crash is copied there for the regression test
# (tests/fuzz_regressions.rs) once it is fixed. Fuzzing is a measurement, not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:?usage: scripts/fuzz.sh SECONDS [TARGET ...]}
shift
if [[ $# -gt 0 ]]; then TARGETS=("$@"); else
  TARGETS=(); for f in fuzz/fuzz_targets/*.rs; do TARGETS+=("$(basename "$f" .rs)"); done
fi
export RUSTC_BOOTSTRAP=1
LOGS=fuzz/logs
mkdir -p "$LOGS"
REPORT=fuzz/report.md
# The rows of every target's last run (kept: a run of some targets keeps the others').
ROWS=fuzz/report.tsv
touch "$ROWS"
# A run of some targets replaces their rows and keeps the others' (the report covers all).
for t in "${TARGETS[@]}"; do grep -v "^$t	" "$ROWS" > "$ROWS.tmp" || true; mv "$ROWS.tmp" "$ROWS"; done
cargo fuzz build -s none -a > "$LOGS/build.log" 2>&1 || { tail -30 "$LOGS/build.log"; exit 1; }
for t in "${TARGETS[@]}"; do
  corpus="fuzz/corpus/$t"
  mkdir -p "$corpus" "fuzz/artifacts/$t"
  [[ -d "tests/fuzz-regressions/$t" ]] && cp -n tests/fuzz-regressions/"$t"/* "$corpus"/ 2>/dev/null || true
  before=$(ls "fuzz/artifacts/$t" | wc -l)
  started=$(date +%s)
  echo "fuzz: $t for ${SECONDS_PER_TARGET}s"
  set +e
  cargo fuzz run -s none -a "$t" "$corpus" -- -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/" > "$LOGS/$t.log" 2>&1
  rc=$?
  set -e
  took=$(( $(date +%s) - started ))
  # libFuzzer's own count of seconds fuzzed (the wall time above includes compiling).
  fuzzed=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$LOGS/$t.log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' | tail -1 || true)
  [[ -n "$fuzzed" ]] && took=$fuzzed
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$LOGS/$t.log" | grep -o '[0-9]*$' | tail -1 || true)
  [[ -z "$runs" ]] && runs=$(grep -o '^#[0-9]*' "$LOGS/$t.log" | tail -1 | tr -d '#' || true)
  cov=$(grep -o 'cov: [0-9]*' "$LOGS/$t.log" | tail -1 | grep -o '[0-9]*' || true)
  after=$(ls "fuzz/artifacts/$t" | wc -l)
  kept=$(ls "tests/fuzz-regressions/$t" 2>/dev/null | grep -c '^crash-' || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$took" "${runs:-?}" "${cov:-?}" "$((after - before))" "$rc" "$(ls "$corpus" | wc -l)" "$kept" "$(date -u +%FT%TZ)" >> "$ROWS"
  echo "fuzz: $t: ${runs:-?} inputs in ${took}s, exit $rc, $((after - before)) new crash file(s)"
done
{
  echo "# Fuzzing report"
  echo
  echo "Written by \`scripts/fuzz.sh\` ($(nproc) cores shared with other work, one target at a time, no sanitizer,"
  echo "debug assertions on). Seconds are libFuzzer's own (compiling excluded); a run that found a"
  echo "crash stops there. Crashes kept: inputs under \`tests/fuzz-regressions/<target>/crash-*\`, each fixed."
  echo
  echo "| target | seconds fuzzed | inputs tried | coverage (edges) | corpus | crashes this run | crashes kept (fixed) | exit | run at |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
  sort "$ROWS" | while IFS=$'\t' read -r t took runs cov crashes rc corpus kept at; do
    echo "| \`$t\` | $took | $runs | $cov | $corpus | $crashes | ${kept:-0} | $rc | ${at:-} |"
  done
  echo
  echo "A crash leaves its input in \`fuzz/artifacts/<target>/\`; once fixed it is kept in"
  echo "\`tests/fuzz-regressions/<target>/\` and replayed by \`cargo test --test fuzz_regressions\`."
} > "$REPORT"
cat "$REPORT"
