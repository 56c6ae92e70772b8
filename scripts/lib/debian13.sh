# shellcheck shell=bash
# Sourced by scripts/test: the Debian 13 (trixie) leg. Builds the whole project with
# warnings as errors against Debian 13's Qt 6.8 and KF6 (so with the KSyntaxHighlighting
# cue backend) and runs the whole suite there, in a chroot on this Debian 12 machine.
#
# The root is made once with debootstrap and kept outside the checkout, in
# ${DEMARCHE_CACHE:-${XDG_CACHE_HOME:-~/.cache}/demarche}/debian13-root. It counts as
# made only when its stamp (the mirror, the suite and the package list below) matches:
# a root left half-made by an interrupted run is thrown away and made again, added
# packages are installed into the existing root, and a removed one remakes it. The
# checkout is mounted into the root at its own path and builds into build-debian13/,
# with its own compiler cache beside the root (debian13-ccache); every mount is undone
# on exit, and mounts left by a killed run are undone before the next.
# Needs root (debootstrap, mount, chroot).

DEMARCHE_DEBIAN13_MIRROR=${DEMARCHE_DEBIAN13_MIRROR:-http://deb.debian.org/debian}
DEMARCHE_DEBIAN13_SUITE=trixie
DEMARCHE_DEBIAN13_CACHE=${DEMARCHE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/demarche}
DEMARCHE_DEBIAN13_DIR="$DEMARCHE_DEBIAN13_CACHE/debian13-root"
DEMARCHE_DEBIAN13_BUILD="$DEMARCHE_ROOT/build-debian13"

# What the build and the tests use, from Debian 13 (compare DEMARCHE_PACKAGES).
DEMARCHE_DEBIAN13_PACKAGES=(
  cmake ninja-build g++ ccache
  qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-svg-dev qt6-charts-dev qt6-image-formats-plugins
  qt6-translations-l10n
  libkf6syntaxhighlighting-dev
  pkgconf libpoppler-qt6-dev libquazip1-qt6-dev libmd4c-dev libgumbo-dev
  poppler-utils
  fonts-dejavu-core
  sqlite3
  # appstream is left out: Debian 13's appstreamcli (1.0) wants a homepage URL in the
  # metainfo under --strict, which Debian 12's does not.
  desktop-file-utils shared-mime-info
)

# Increment to remake every cached root (e.g. after changing how it is made).
DEMARCHE_DEBIAN13_FORMAT=1

demarche_debian13_stamp() {
  printf 'format %s\nsuite %s\nmirror %s\npackages %s\n' "$DEMARCHE_DEBIAN13_FORMAT" \
    "$DEMARCHE_DEBIAN13_SUITE" "$DEMARCHE_DEBIAN13_MIRROR" "${DEMARCHE_DEBIAN13_PACKAGES[*]}"
}

# Mount points at or below the root, deepest first (/proc/mounts escapes blanks as \040).
demarche_debian13_mounts() {
  local dir=$DEMARCHE_DEBIAN13_DIR point
  while read -r _ point _; do
    point=$(printf '%b' "$point")
    case "$point" in
      "$dir" | "$dir"/*) printf '%s\n' "$point" ;;
    esac
  done </proc/mounts | sort -r
}

demarche_debian13_unmount() {
  local point
  while read -r point; do
    [ -n "$point" ] || continue
    # A process of a killed run may still hold it: detach it anyway.
    umount "$point" 2>/dev/null || umount -l "$point" || true
  done < <(demarche_debian13_mounts)
  if [ -n "$(demarche_debian13_mounts)" ]; then
    echo "error: could not unmount everything under $DEMARCHE_DEBIAN13_DIR:" >&2
    demarche_debian13_mounts >&2
    return 1
  fi
}

# Private, so that nothing mounted below these propagates back to the host's own /dev.
demarche_debian13_bind() {
  mkdir -p "$2" && mount --bind "$1" "$2" && mount --make-private "$2"
}

# Each step checked: callers test the result, which turns `set -e` off in here.
demarche_debian13_mount() {
  local dir=$DEMARCHE_DEBIAN13_DIR
  mkdir -p "$dir/proc" && mount -t proc -o nosuid,nodev,noexec proc "$dir/proc" || return 1
  # The device nodes (null, zero, urandom, tty) and a fresh /dev/shm for shared memory.
  demarche_debian13_bind /dev "$dir/dev" || return 1
  mount -t tmpfs -o nosuid,nodev,mode=1777 shm "$dir/dev/shm" || return 1
  demarche_debian13_bind "$DEMARCHE_ROOT" "$dir$DEMARCHE_ROOT" || return 1
  # The compiler cache outlives a remade root.
  mkdir -p "$DEMARCHE_DEBIAN13_CACHE/debian13-ccache" \
    && demarche_debian13_bind "$DEMARCHE_DEBIAN13_CACHE/debian13-ccache" "$dir/var/cache/ccache"
}

# Runs a command in a session of its own and waits for it. If this shell is told to
# stop, demarche_debian13_cleanup stops the whole session before unmounting (a shell
# waiting for a foreground command would only act on the signal once it finished).
DEMARCHE_DEBIAN13_PID=
demarche_debian13_session() {
  local status=0
  setsid -w "$@" &
  DEMARCHE_DEBIAN13_PID=$!
  wait "$DEMARCHE_DEBIAN13_PID" || status=$?
  DEMARCHE_DEBIAN13_PID=
  return "$status"
}

# Runs a command in the root, with a clean environment.
demarche_debian13_chroot() {
  demarche_debian13_session chroot "$DEMARCHE_DEBIAN13_DIR" /usr/bin/env -i \
    PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 TERM=dumb \
    DEBIAN_FRONTEND=noninteractive CCACHE_DIR=/var/cache/ccache HOME=/root "$@"
}

demarche_debian13_cleanup() {
  if [ -n "$DEMARCHE_DEBIAN13_PID" ]; then
    kill -TERM -- "-$DEMARCHE_DEBIAN13_PID" 2>/dev/null || true
    wait "$DEMARCHE_DEBIAN13_PID" 2>/dev/null || true
    DEMARCHE_DEBIAN13_PID=
  fi
  demarche_debian13_unmount
}

# Deletes the root. Refuses while anything is mounted in it: the checkout is mounted
# there, and rm would go through it.
demarche_debian13_remove() {
  demarche_debian13_unmount || return 1
  rm -rf --one-file-system -- "$DEMARCHE_DEBIAN13_DIR"
}

demarche_debian13_install() {
  local start=$SECONDS log="$DEMARCHE_DEBIAN13_CACHE/apt.log"
  cp /etc/resolv.conf "$DEMARCHE_DEBIAN13_DIR/etc/resolv.conf"
  # shellcheck disable=SC2016 # expanded in the root
  demarche_debian13_chroot sh -c 'dpkg --configure -a && apt-get update -q &&
    apt-get install -y -q --no-install-recommends "$@" && apt-get clean' \
    sh "${DEMARCHE_DEBIAN13_PACKAGES[@]}" >"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    echo "error: apt-get in the Debian 13 root failed (log: $log)" >&2
    return 1
  }
  echo "== debian13: apt-get install took $((SECONDS - start)) s"
}

# Whether the root's stamp differs from today's only by added packages (a removed one
# would stay installed, and CMake would still find what it brings).
demarche_debian13_only_added() {
  local old wanted=" ${DEMARCHE_DEBIAN13_PACKAGES[*]} " package
  [ "$(grep -v '^packages ' "$1")" = "$(demarche_debian13_stamp | grep -v '^packages ')" ] \
    || return 1
  old=$(sed -n 's/^packages //p' "$1")
  for package in $old; do
    case "$wanted" in
      *" $package "*) ;;
      *) return 1 ;;
    esac
  done
}

# Makes the root if it is missing, half-made or made from another package list.
# Expects the caller's trap to run demarche_debian13_cleanup.
demarche_debian13_setup() {
  local dir=$DEMARCHE_DEBIAN13_DIR stamp="$DEMARCHE_DEBIAN13_DIR/.demarche-ready"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(demarche_debian13_stamp)" ]; then
    echo "== debian13: using the root in $dir"
    return 0
  fi
  demarche_install_packages debootstrap || return 1
  if [ -f "$stamp" ] && demarche_debian13_only_added "$stamp"; then
    # Packages were only added: install them into the root, or make it again if that fails.
    echo "== debian13: updating the packages in $dir"
    rm -f -- "$stamp"
    if demarche_debian13_mount && demarche_debian13_install; then
      demarche_debian13_unmount && demarche_debian13_stamp >"$stamp"
      return
    fi
    echo "== debian13: updating failed, making the root again"
  fi
  demarche_debian13_remove || return 1
  mkdir -p "$DEMARCHE_DEBIAN13_CACHE"
  echo "== debian13: making $dir (debootstrap $DEMARCHE_DEBIAN13_SUITE)"
  local start=$SECONDS
  demarche_debian13_session debootstrap --variant=minbase "$DEMARCHE_DEBIAN13_SUITE" "$dir" \
    "$DEMARCHE_DEBIAN13_MIRROR" >"$DEMARCHE_DEBIAN13_CACHE/debootstrap.log" 2>&1 || {
    tail -n 30 "$DEMARCHE_DEBIAN13_CACHE/debootstrap.log" >&2
    echo "error: debootstrap failed (log: $DEMARCHE_DEBIAN13_CACHE/debootstrap.log)" >&2
    return 1
  }
  echo "== debian13: debootstrap took $((SECONDS - start)) s"
  demarche_debian13_mount && demarche_debian13_install && demarche_debian13_unmount || return 1
  demarche_debian13_stamp >"$stamp"
}

# The build and the whole suite in the root; arguments go to ctest.
demarche_debian13_build_and_test() {
  local jobs
  jobs=$(nproc)
  # shellcheck disable=SC2016 # expanded in the root
  demarche_debian13_chroot bash -c '
    set -eu
    src=$1 build=$2 jobs=$3
    shift 3
    # Configured afresh when the root changed: CMake keeps what it did not find.
    # Optimised at -O1 without debug information: the flow warnings of g++ 14 are on,
    # and the build takes half the time of -O2 -g (CI runs it on two cold cores).
    fresh=
    if [ ! -f "$build/build.ninja" ] || ! cmp -s /.demarche-ready "$build/.demarche-root"; then
      fresh=--fresh
    fi
    cmake $fresh -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
      -DCMAKE_CXX_FLAGS=-O1 -DDEMARCHE_WERROR=ON >/dev/null
    cp /.demarche-ready "$build/.demarche-root"
    start=$SECONDS
    cmake --build "$build" -j "$jobs"
    echo "== debian13: build took $((SECONDS - start)) s"
    # The widget tests keep settings in HOME: a fresh one for each run.
    HOME=$(mktemp -d)
    export HOME QT_QPA_PLATFORM=offscreen
    start=$SECONDS
    status=0
    (cd "$build" && ctest --output-on-failure -j "$jobs" "$@") || status=$?
    echo "== debian13: suite took $((SECONDS - start)) s"
    rm -rf -- "$HOME"
    exit "$status"
  ' bash "$DEMARCHE_ROOT" "$DEMARCHE_DEBIAN13_BUILD" "$jobs" "$@"
}

# The whole leg. Holds a lock so that two runs never share (or unmount) the root.
demarche_debian13() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: the Debian 13 leg needs root (debootstrap, mount, chroot): sudo $0 --debian13" >&2
    return 1
  fi
  mkdir -p "$DEMARCHE_DEBIAN13_CACHE"
  exec {DEMARCHE_DEBIAN13_LOCK}>"$DEMARCHE_DEBIAN13_CACHE/debian13.lock"
  if ! flock -n "$DEMARCHE_DEBIAN13_LOCK"; then
    echo "== debian13: waiting for another run to release $DEMARCHE_DEBIAN13_CACHE"
    flock "$DEMARCHE_DEBIAN13_LOCK"
  fi
  trap demarche_debian13_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local status=0
  demarche_debian13_unmount || return 1
  demarche_debian13_setup || return 1
  demarche_debian13_mount || return 1
  demarche_debian13_build_and_test "$@" || status=$?
  demarche_debian13_cleanup || status=1
  trap - EXIT INT TERM
  exec {DEMARCHE_DEBIAN13_LOCK}>&-
  return "$status"
}
