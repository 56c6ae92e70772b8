# shellcheck shell=bash
# Sourced by scripts/test --full: the formatting check (clang-format) and the static
# analysis (clang-tidy, with the checks chosen in .clang-tidy). Each prints one line when
# all is well and everything it found, with how to fix it, when not.

: "${DEMARCHE_ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"

# The first of the given tools that is installed; Debian 12 names them with and without -14.
demarche_lint_tool() {
  local tool
  for tool in "$@"; do
    if command -v "$tool" >/dev/null 2>&1; then
      printf '%s\n' "$tool"
      return 0
    fi
  done
  echo "error: none of $* is installed (Debian package: clang-format or clang-tidy)" >&2
  return 1
}

# Every C++ file git knows of or would add (tracked, or untracked and not ignored) in the
# folders we format, relative to DEMARCHE_ROOT, NUL-separated.
demarche_lint_cpp_files() {
  local file
  git -C "$DEMARCHE_ROOT" ls-files -z --cached --others --exclude-standard -- \
      'app/*.cpp' 'app/*.h' 'widgets/*.cpp' 'widgets/*.h' 'tests/*.cpp' 'tests/*.h' |
    sort -zu |
    while IFS= read -r -d '' file; do
      # A tracked file deleted in the working tree is still listed by --cached.
      if [ -f "$DEMARCHE_ROOT/$file" ]; then printf '%s\0' "$file"; fi
    done
}

demarche_check_format() {
  local clang_format files output bad
  clang_format=$(demarche_lint_tool clang-format-14 clang-format) || return 1
  mapfile -d '' -t files < <(demarche_lint_cpp_files)
  if [ ${#files[@]} -eq 0 ]; then
    echo "error: no C++ files found to check under $DEMARCHE_ROOT" >&2
    return 1
  fi
  # --dry-run --Werror reports each file that differs from .clang-format; nothing changes.
  output=$(cd "$DEMARCHE_ROOT" &&
    printf '%s\0' "${files[@]}" | xargs -0 "$clang_format" --dry-run --Werror 2>&1) && {
    echo "formatting: ${#files[@]} files follow .clang-format"
    return 0
  }
  mapfile -t bad < <(printf '%s\n' "$output" |
    sed -n 's/^\([^:]*\.\(cpp\|h\)\):[0-9]*:[0-9]*: error: .*/\1/p' | sort -u)
  if [ ${#bad[@]} -eq 0 ]; then
    # Not a formatting difference: clang-format itself failed.
    printf '%s\n' "$output" >&2
    echo "error: $clang_format failed" >&2
    return 1
  fi
  echo "error: ${#bad[@]} of ${#files[@]} files do not follow .clang-format:" >&2
  printf '  %s\n' "${bad[@]}" >&2
  echo "Fix them with:" >&2
  echo "  (cd $DEMARCHE_ROOT && $clang_format -i ${bad[*]})" >&2
  return 1
}

# clang-tidy takes 10 to 20 s of CPU per file (its matchers walk every Qt header), over
# half an hour for the whole tree on two cores. The whole tree was last found clean at the
# commit in .ci/tidy-clean; a run checks the .cpp files of app/ and widgets/ changed since
# then (committed or not), and those that include a changed header, directly or through
# other headers. DEMARCHE_TIDY_ALL=1, a missing or unknown base, or a change to the checks
# or to the compile flags checks every file. After a whole-tree run passes on a clean work
# tree, record its commit: `git rev-parse HEAD > .ci/tidy-clean`.
demarche_tidy_base() {
  local base
  [ "${DEMARCHE_TIDY_ALL:-0}" = 1 ] && return 1
  base=$(tr -d '[:space:]' <"$DEMARCHE_ROOT/.ci/tidy-clean" 2>/dev/null) || return 1
  [ -n "$base" ] && git -C "$DEMARCHE_ROOT" cat-file -e "$base^{commit}" 2>/dev/null || return 1
  # What decides the findings: the checks and the compile flags.
  if [ -n "$(git -C "$DEMARCHE_ROOT" diff --name-only "$base" -- .clang-tidy \
      cmake/CommonOptions.cmake scripts/lib/sanitize.sh)" ]; then
    return 1
  fi
  printf '%s\n' "$base"
}

# The .cpp files of app/ and widgets/ to check since BASE, relative to DEMARCHE_ROOT.
demarche_tidy_changed_files() {
  python3 - "$DEMARCHE_ROOT" "$1" <<'PYEOF'
import os, re, subprocess, sys
root, base = sys.argv[1], sys.argv[2]
def git(*args):
    return subprocess.run(["git", "-C", root, *args], check=True, capture_output=True,
                          text=True).stdout.split("\n")
changed = {f for f in git("diff", "--name-only", base) + git("ls-files", "--others",
           "--exclude-standard") if f}
sources = [f for f in git("ls-files", "--cached", "--others", "--exclude-standard",
           "app", "widgets") if f.endswith((".cpp", ".h")) and os.path.isfile(os.path.join(root, f))]
def include_name(path):
    # Includes name their layer: "core/...", "cli/..." from app/; "widgets/..." from the root.
    return path[len("app/"):] if path.startswith("app/") else path
include = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
includes = {}
for f in sources:
    with open(os.path.join(root, f), encoding="utf-8", errors="replace") as handle:
        includes[f] = set(include.findall(handle.read()))
headers = {include_name(f) for f in changed if f.endswith(".h")}
while True:
    more = {include_name(f) for f, names in includes.items()
            if f.endswith(".h") and names & headers} - headers
    if not more:
        break
    headers |= more
for f in sorted(sources):
    if f.endswith(".cpp") and (f in changed or includes[f] & headers):
        print(f)
PYEOF
}

demarche_tidy() {
  local started=$SECONDS
  local root dir log run_clang_tidy clang_tidy pattern count rc=0
  root=$(cd "$DEMARCHE_ROOT" && pwd -P)
  dir="$root/build-asan"
  log="$dir/clang-tidy.log"
  run_clang_tidy=$(demarche_lint_tool run-clang-tidy-14 run-clang-tidy) || return 1
  clang_tidy=$(demarche_lint_tool clang-tidy-14 clang-tidy) || return 1

  # clang-tidy reads the compile database of the sanitizer build (clang's own flags),
  # built first so that the headers CMake generates (moc, uic) exist.
  if ! declare -F demarche_sanitizer_build >/dev/null; then
    source "$DEMARCHE_ROOT/scripts/lib/sanitize.sh"
  fi
  local build_output
  if ! build_output=$(demarche_sanitizer_build 2>&1); then
    printf '%s\n' "$build_output" >&2
    echo "error: building $dir (for clang-tidy's compile database) failed" >&2
    return 1
  fi

  # Sources of app/ and widgets/ only; the build tree's generated files are not ours.
  local root_re base scope="every file"
  root_re=$(printf '%s' "$root" | sed 's/[][\.*^$+?(){}|]/\\&/g')
  pattern="^$root_re/(app|widgets)/.*\.cpp$"
  if base=$(demarche_tidy_base); then
    local files
    mapfile -t files < <(demarche_tidy_changed_files "$base") || return 1
    if [ ${#files[@]} -eq 0 ]; then
      echo "clang-tidy: no file of app/ or widgets/ changed since ${base:0:12} (the last whole-tree run)"
      return 0
    fi
    pattern="^$root_re/($(printf '%s\n' "${files[@]}" | sed 's/[][\.*^$+?(){}|]/\\&/g' |
      paste -sd '|'))$"
    scope="the files changed since ${base:0:12} (the last whole-tree run)"
  fi
  count=$(python3 - "$dir/compile_commands.json" "$pattern" <<'EOF'
import json, re, sys
with open(sys.argv[1]) as f:
    entries = json.load(f)
print(len({e["file"] for e in entries if re.search(sys.argv[2], e["file"])}))
EOF
  ) || return 1
  if [ "$count" -eq 0 ] && [ "$scope" != "every file" ]; then
    # Only files this build does not compile changed (the KF6 cue backend, say).
    echo "clang-tidy: none of $scope is compiled in $dir"
    return 0
  fi
  if [ "$count" -eq 0 ]; then
    echo "error: no app/ or widgets/ sources in $dir/compile_commands.json" >&2
    return 1
  fi

  "$run_clang_tidy" -clang-tidy-binary "$clang_tidy" -p "$dir" -quiet \
    -j "$(nproc)" "$pattern" >"$log" 2>&1 || rc=$?
  # Findings are errors (WarningsAsErrors in .clang-tidy); any warning that slips through
  # counts as well. The log's colour codes are dropped for reading.
  local findings
  # (grep -v finds nothing to keep in a clean log: that is not a failure.)
  findings=$(sed 's/\x1b\[[0-9;]*m//g' "$log" |
    { grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^clang-tidy(-[0-9]+)? ' || true; } |
    sed '/^$/d')
  if [ $rc -ne 0 ] || printf '%s\n' "$findings" | grep -qE ': (warning|error):'; then
    printf '%s\n' "$findings" >&2
    echo "error: clang-tidy found problems in app/ or widgets/ (full log: $log)." >&2
    echo "Fix the code; .clang-tidy says why each check is on. Run one file with:" >&2
    echo "  $clang_tidy -p $dir FILE.cpp" >&2
    return 1
  fi
  echo "clang-tidy: $count files clean ($scope) in $((SECONDS - started)) s"
}
