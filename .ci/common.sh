# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by .ci/initviz (run the program) and .ci/test (pass the tests). Sourced, not run.
set -euo pipefail

INITVIZ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages the build and the tests need.
INITVIZ_PACKAGES=(cmake ninja-build g++ pkgconf qt6-base-dev libqcustomplot-dev libeigen3-dev
    fonts-dejavu-core qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-noto-cjk locales
    libgif-dev)
# The package test's (tests/package/check-package): dpkg-shlibdeps for CPack's dependencies,
# help2man for the man page, and the validators of the desktop entry and the AppStream metadata.
INITVIZ_PACKAGING_PACKAGES=(dpkg-dev help2man desktop-file-utils appstream)
# The test command's too: clang and its sanitizer/libFuzzer runtimes (asan and fuzz presets).
INITVIZ_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

# One compile job per core (ninja's default, cores + 2, only queues more on a 2-core CI machine).
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}

log() { printf 'initviz-setup: %s\n' "$*" >&2; }

# Installs whatever of the given packages is missing: `apt-get update` once, then one install.
# A fast no-op when everything is present.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            log "missing Debian packages: ${missing[*]} (run as root or install them)"; return 1
        fi
    fi
    log "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The locales the window's tests run under (a German number format, the Chinese translation).
INITVIZ_TEST_LOCALES=(de_DE.UTF-8 zh_CN.UTF-8)

# Generates whichever of the given locales (e.g. de_DE.UTF-8) is missing: enables it in
# /etc/locale.gen and runs locale-gen once (Debian: package locales). A no-op when all exist.
ensure_locales() {
    local missing=() wanted have
    have=$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]' | sed 's/utf-8/utf8/')
    for wanted in "$@"; do
        local normalized
        normalized=$(printf '%s' "$wanted" | tr '[:upper:]' '[:lower:]' | sed 's/utf-8/utf8/')
        grep -qxF "$normalized" <<<"$have" || missing+=("$wanted")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            log "missing locales: ${missing[*]} (run as root or generate them)"; return 1
        fi
    fi
    log "generating locales ${missing[*]}"
    for wanted in "${missing[@]}"; do
        local line="$wanted ${wanted#*.}"
        if grep -qxF "$line" /etc/locale.gen 2>/dev/null; then
            continue
        elif grep -qxE "# *$line" /etc/locale.gen 2>/dev/null; then
            "${sudo[@]}" sed -i -E "s/^# *($line)\$/\\1/" /etc/locale.gen
        else
            echo "$line" | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
        fi
    done
    "${sudo[@]}" locale-gen >&2
}

# Configures and builds one CMake preset (build/<preset>); further arguments go to cmake --build
# (e.g. --target initviz).
build_preset() {
    local preset=$1
    shift
    cd "$INITVIZ_ROOT"
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        cmake --preset "$preset" >&2
    fi
    cmake --build --preset "$preset" "$@" >&2
}
