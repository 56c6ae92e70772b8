# Sourced by scripts/test --full: the AddressSanitizer + UndefinedBehaviorSanitizer build
# in build-asan/, running the whole CTest suite. Any report (including a leak) fails.
#
# Built with clang, unoptimised and with line tables only: the tests compile more than
# twice as fast as with g++ at -O1 and full debug information, which keeps the whole
# check within CI's time, and the reports still name every file and line. Its compile
# database also serves clang-tidy (scripts/lib/lint.sh). g++ builds everything in
# build/ (scripts/test) and in the Debian 13 leg.

DEMARCHE_ASAN_BUILD="$DEMARCHE_ROOT/build-asan"

demarche_sanitizer_build() {
  local dir=$DEMARCHE_ASAN_BUILD
  if [ ! -f "$dir/build.ninja" ] || ! grep -q '^CMAKE_CXX_COMPILER:.*clang' "$dir/CMakeCache.txt"; then
    rm -rf -- "$dir"
    CC=clang CXX=clang++ cmake -S "$DEMARCHE_ROOT" -B "$dir" -G Ninja \
      -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
      -DDEMARCHE_SANITIZE=ON -DDEMARCHE_WERROR=ON -DDEMARCHE_BUILD_BENCHMARKS=OFF >/dev/null
  fi
  cmake --build "$dir" -j "$(nproc)"
}

demarche_sanitizers() {
  demarche_sanitizer_build || return 1
  (
    cd "$DEMARCHE_ASAN_BUILD"
    # The widget tests keep settings in HOME: a fresh one for each run.
    HOME=$(mktemp -d)
    trap 'rm -rf -- "$HOME"' EXIT
    export HOME QT_QPA_PLATFORM=offscreen
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$DEMARCHE_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    ctest --output-on-failure -j "$(nproc)" "$@"
  )
}
