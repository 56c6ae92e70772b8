# shellcheck shell=bash
# Sourced by scripts/test --full: builds the libFuzzer targets (tests/fuzz) with clang in
# build-fuzz/ and gives each a smoke run: a fixed number of inputs, starting from a copy
# of its seed corpus (the repository's corpus is never written to). A crash, a leak, a
# sanitizer report or a broken invariant fails; the failing input is kept in
# build-fuzz/fuzz-artifacts/<target>/ so that it can be added to the corpus.

# target:runs, each stopped after a minute at most (a smoke run: CI's time is shared with
# three builds). About 5-8 minutes for all of them on two cores; the CSV and project
# targets open an SQLite file per input and are a hundred times slower than the importers,
# and the PDF one lays out whole pages per input (about 60 a second: 25 s).
DEMARCHE_FUZZ_TARGETS=(
  fuzz_import_txt:100000
  fuzz_import_html:60000
  fuzz_import_md:60000
  fuzz_import_pdf:1500
  fuzz_import_office:20000
  fuzz_import_qdpx:3000
  fuzz_csv_claims:8000
  fuzz_project_open:8000
)

# The importers again, each input repeated to 1 MB (DEMARCHE_FUZZ_GROW): deep nesting and
# long runs of markup must stay linear, and -timeout catches what does not.
DEMARCHE_FUZZ_GROWN_TARGETS=(
  fuzz_import_txt:100
  fuzz_import_html:100
  fuzz_import_md:100
  fuzz_import_office:100
)
DEMARCHE_FUZZ_GROW_BYTES=1048576

demarche_fuzz_build() {
  local dir="$DEMARCHE_ROOT/build-fuzz"
  if [ ! -f "$dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$DEMARCHE_ROOT" -B "$dir" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEMARCHE_FUZZ=ON -DDEMARCHE_BUILD_TESTS=OFF \
      -DDEMARCHE_BUILD_BENCHMARKS=OFF -DDEMARCHE_WERROR=ON >/dev/null || return 1
  fi
  cmake --build "$dir" -j "$(nproc)" --target demarche_fuzzers
}

# One target's smoke run in its own scratch directory; prints one summary line. A fourth
# argument repeats every input to that many bytes.
demarche_fuzz_run() {
  local target=$1 runs=$2 scratch=$3 grow=${4:-0}
  local binary="$DEMARCHE_ROOT/build-fuzz/tests/fuzz/$target"
  local work="$scratch/$target"
  if [ "$grow" -gt 0 ]; then work="$scratch/$target-grown"; fi
  local label=${work##*/}
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -- "$DEMARCHE_ROOT/tests/fuzz/corpus/$target/"* "$work/corpus/"
  local seeds start=$SECONDS status=0 tmp=${TMPDIR:-/tmp}
  # The CSV and project targets write an SQLite file per input: memory is quicker.
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then tmp=/dev/shm; fi
  seeds=$(find "$work/corpus" -type f | wc -l)
  (
    cd "$work" || exit 1
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
    export UBSAN_OPTIONS="print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$DEMARCHE_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    exec env TMPDIR="$tmp" DEMARCHE_FUZZ_GROW="$grow" "$binary" -runs="$runs" -max_total_time=60 -timeout=25 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus"
  ) >"$work/log.txt" 2>&1 || status=$?
  local executed speed
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log.txt")
  if [ "$status" -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
    local kept="$DEMARCHE_ROOT/build-fuzz/fuzz-artifacts/$label"
    mkdir -p "$kept"
    cp -- "$work/artifacts/"* "$kept/" 2>/dev/null
    grep -a -v '^#\|^INFO\|NEW_FUNC' "$work/log.txt" | tail -n 60
    printf '%-18s FAILED (exit %s) after %s runs; input kept in %s\n' \
      "$label:" "$status" "${executed:-?}" "$kept"
    return 1
  fi
  printf '%-18s %s runs in %s s, %s exec/s, corpus %s -> %s files, no findings\n' \
    "$label:" "${executed:-?}" "$((SECONDS - start))" "${speed:-?}" "$seeds" \
    "$(find "$work/corpus" -type f | wc -l)"
}

demarche_fuzz_smoke() {
  demarche_fuzz_build || return 1
  local scratch entry failed=0
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/demarche-fuzz.XXXXXX") || return 1
  for entry in "${DEMARCHE_FUZZ_TARGETS[@]}"; do
    demarche_fuzz_run "${entry%%:*}" "${entry##*:}" "$scratch" || failed=1
  done
  for entry in "${DEMARCHE_FUZZ_GROWN_TARGETS[@]}"; do
    demarche_fuzz_run "${entry%%:*}" "${entry##*:}" "$scratch" "$DEMARCHE_FUZZ_GROW_BYTES" \
      || failed=1
  done
  rm -rf -- "$scratch"
  return "$failed"
}
