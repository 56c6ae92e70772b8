# Sourced by scripts/test --full: the AddressSanitizer + UndefinedBehaviorSanitizer build
# in build-asan/, running the whole CTest suite. Any report (including a leak) fails.

demarche_sanitizers() {
  local dir="$DEMARCHE_ROOT/build-asan"
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$DEMARCHE_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DDEMARCHE_SANITIZE=ON -DDEMARCHE_WERROR=ON -DDEMARCHE_BUILD_BENCHMARKS=OFF >/dev/null
  fi
  cmake --build "$dir" -j "$(nproc)"
  (
    cd "$dir"
    export QT_QPA_PLATFORM=offscreen
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$DEMARCHE_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    ctest --output-on-failure -j "$(nproc)"
  )
}
