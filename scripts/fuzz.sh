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
ROWS=fuzz/logs/rows.tsv
: > "$ROWS"
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
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$LOGS/$t.log" | grep -o '[0-9]*$' | tail -1)
  [[ -z "$runs" ]] && runs=$(grep -o '^#[0-9]*' "$LOGS/$t.log" | tail -1 | tr -d '#')
  cov=$(grep -o 'cov: [0-9]*' "$LOGS/$t.log" | tail -1 | grep -o '[0-9]*')
  after=$(ls "fuzz/artifacts/$t" | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$took" "${runs:-?}" "${cov:-?}" "$((after - before))" "$rc" "$(ls "$corpus" | wc -l)" >> "$ROWS"
  echo "fuzz: $t: ${runs:-?} inputs in ${took}s, exit $rc, $((after - before)) new crash file(s)"
done
{
  echo "# Fuzzing report"
  echo
  echo "Written by \`scripts/fuzz.sh $SECONDS_PER_TARGET\` on $(date -u +%FT%TZ) ($(nproc) cores shared, one target at a time, no sanitizer, debug assertions on)."
  echo
  echo "| target | seconds | inputs tried | coverage (edges) | corpus | new crashes | libFuzzer exit |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  while IFS=$'\t' read -r t took runs cov crashes rc corpus; do
    echo "| \`$t\` | $took | $runs | $cov | $corpus | $crashes | $rc |"
  done < "$ROWS"
  echo
  echo "A crash leaves its input in \`fuzz/artifacts/<target>/\`; once fixed it is kept in"
  echo "\`tests/fuzz-regressions/<target>/\` and replayed by \`cargo test --test fuzz_regressions\`."
} > "$REPORT"
cat "$REPORT"
