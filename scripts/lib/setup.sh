# Shared by scripts/test and scripts/run: installs the Debian 12 packages the build
# needs (only the missing ones), then configures and builds into build/.
# Sourced, not run.

DEMARCHE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEMARCHE_BUILD="$DEMARCHE_ROOT/build"

# Everything the build, the tests and the benchmarks use, from Debian 12 (bookworm).
DEMARCHE_PACKAGES=(
  cmake ninja-build g++
  qt6-base-dev qt6-tools-dev libqt6opengl6-dev libqt6sql6-sqlite
  libqt6svg6-dev qt6-charts-dev qt6-image-formats-plugins
  qt6-translations-l10n
  # Document formats: PDF (poppler), DOCX and ODT (QuaZip), Markdown (md4c), HTML (gumbo).
  pkgconf libpoppler-qt6-dev libquazip1-qt6-dev libmd4c-dev libgumbo-dev
  poppler-utils ccache
  fonts-dejavu-core
  sqlite3
  # The validators of the desktop entry, the AppStream metainfo and the MIME type.
  desktop-file-utils appstream shared-mime-info
)

# What scripts/test --full adds: clang for libFuzzer, clang-format and clang-tidy.
DEMARCHE_FULL_PACKAGES=(
  clang clang-format clang-tidy libclang-rt-14-dev
)

demarche_missing_packages() {
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$package"
    fi
  done
}

demarche_install_packages() {
  local missing
  mapfile -t missing < <(demarche_missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: missing packages (${missing[*]}); run as root or install sudo" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

demarche_build() {
  local werror=OFF
  # Continuous integration treats every compiler warning as an error.
  if [ -n "${CI:-}" ] || [ "${DEMARCHE_WERROR:-}" = 1 ]; then werror=ON; fi
  if [ ! -f "$DEMARCHE_BUILD/build.ninja" ] || [ "$(cat "$DEMARCHE_BUILD/.werror" 2>/dev/null)" != "$werror" ]; then
    cmake -S "$DEMARCHE_ROOT" -B "$DEMARCHE_BUILD" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEMARCHE_WERROR="$werror"
    echo "$werror" > "$DEMARCHE_BUILD/.werror"
  fi
  cmake --build "$DEMARCHE_BUILD" -j "$(nproc)"
}

demarche_setup() {
  demarche_install_packages "${DEMARCHE_PACKAGES[@]}" "$@"
  demarche_build
}

# Runs one named stage of the full check and says how long it took.
demarche_stage() {
  local name=$1
  shift
  local start=$SECONDS
  echo "== $name"
  "$@"
  echo "== $name: passed in $((SECONDS - start)) s"
}
