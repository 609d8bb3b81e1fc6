#!/usr/bin/env bash
# Builds Hearth's Debian package with the release preset and CPack, checks what it holds, installs
# it with apt-get, runs hearth-cli and starts hearth from it under Xvfb, then removes it again.
# Usage: scripts/test-deb.sh [--keep] [--deb FILE]
#   --keep      leave the package installed afterwards
#   --deb FILE  test this package instead of building one
#
# Where it installs: on this machine. A clean Debian 12 chroot (debootstrap) would show the package
# installs with nothing else present, but debootstrap fetches a base system from the network, so
# this script does not make one. What it does instead to stand for a clean machine: every shared
# library the two programs load must come from a package the .deb depends on (checked below), so
# apt-get on a fresh Debian 12 would install all of them. docs/packaging.md says how to try a real
# clean machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/prepare.sh
source scripts/lib/prepare.sh

keep=0
deb=
while [ $# -gt 0 ]; do
    case "$1" in
    --keep) keep=1 ;;
    --deb)
        deb=${2:?--deb takes a file}
        shift
        ;;
    *)
        echo "usage: scripts/test-deb.sh [--keep] [--deb FILE]" >&2
        exit 64
        ;;
    esac
    shift
done
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
fail() {
    echo "test-deb: FAILED: $*" >&2
    exit 1
}

if [ -z "$deb" ]; then
    hearth_install_packages
    hearth_build release
    rm -f build/release/hearth_*.deb
    (cd build/release && cpack -G DEB)
    deb=$(ls build/release/hearth_*.deb)
    echo "test-deb: built $deb"
fi
deb=$(realpath "$deb")
mkdir -p build

work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" = 1 ] && [ "$keep" = 0 ]; then
        echo "test-deb: removing the package"
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq hearth >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# ---- what the package holds ---------------------------------------------------------------------
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
[ -n "$depends" ] || fail "the package declares no dependencies (dpkg-shlibdeps did not run?)"
dpkg-deb --extract "$deb" "$work/root"
for file in usr/bin/hearth usr/bin/hearth-cli \
    usr/share/applications/io.github.hearth.Hearth.desktop \
    usr/share/metainfo/io.github.hearth.Hearth.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.hearth.Hearth.svg \
    usr/share/man/man1/hearth.1 usr/share/man/man1/hearth-cli.1 \
    usr/share/doc/hearth/copyright; do
    [ -f "$work/root/$file" ] || fail "the package has no /$file"
done
for size in 16 24 32 48 64 128 256; do
    icon=usr/share/icons/hicolor/${size}x${size}/apps/io.github.hearth.Hearth.png
    [ -f "$work/root/$icon" ] || fail "the package has no /$icon"
done
echo "test-deb: the package holds the programs, desktop entry, metainfo, icons and man pages"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/io.github.hearth.Hearth.desktop"
    echo "test-deb: desktop-file-validate passed"
else
    echo "test-deb: desktop-file-validate not installed (desktop-file-utils): desktop entry not checked"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.hearth.Hearth.metainfo.xml"
else
    echo "test-deb: appstreamcli not installed: metainfo not checked"
fi

# The package that installed a library, whichever of its names (link or file, /lib or /usr/lib on
# a merged-/usr system) dpkg knows it by.
package_of() {
    local name candidate
    for name in "$1" "$(realpath "$1")"; do
        for candidate in "$name" "${name#/usr}" "/usr$name"; do
            if dpkg -S "$candidate" >/dev/null 2>&1; then
                dpkg -S "$candidate" | awk -F: 'NR == 1 { print $1 }'
                return
            fi
        done
    done
}

# Every library the programs load must belong to a package named in Depends (or to one that a
# package named there depends on, as libc6 for the loader).
depends_names=" $(echo "$depends" | tr ',|' '\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | tr '\n' ' ') "
for program in hearth hearth-cli; do
    while read -r library; do
        # "libfoo.so.1 => /path (…)", or for the loader "/lib64/ld-linux-x86-64.so.2 (…)".
        # (awk reads all of ldd's output: stopping early would fail the pipe.)
        path=$(ldd "$work/root/usr/bin/$program" | awk -v lib="$library" '
            path == "" && $1 == lib && $2 == "=>" { path = $3 }
            path == "" && $2 != "=>" && $1 ~ ("/" lib "$") { path = $1 }
            END { print path }')
        if [ -z "$path" ] || [ "$path" = "not" ]; then
            fail "$program needs $library, which is not found"
        fi
        owner=$(package_of "$path")
        [ -n "$owner" ] || fail "$program needs $library ($path), which no Debian package provides"
        # The package itself, or a name it provides (libspdlog1.10 provides libspdlog1.10-fmt9).
        provided=$(dpkg-query -W -f='${Provides}' "$owner" | tr ',' '\n' | sed -E 's/\(.*\)//; s/ //g')
        found=0
        for name in "$owner" $provided; do
            case "$depends_names" in
            *" $name "*) found=1 ;;
            esac
        done
        [ "$found" = 1 ] || fail "$program needs $library from $owner, which the package does not depend on"
    done < <(objdump -p "$work/root/usr/bin/$program" | awk '$1 == "NEEDED" { print $2 }')
done
echo "test-deb: every library hearth and hearth-cli link comes from a package in Depends:"
echo "  $depends"

# ---- install and run ----------------------------------------------------------------------------
echo "test-deb: installing $deb on this machine"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$deb"
installed=1
[ "$(command -v hearth)" = /usr/bin/hearth ] || fail "hearth is not /usr/bin/hearth after installing"
[ "$(command -v hearth-cli)" = /usr/bin/hearth-cli ] || fail "hearth-cli is not /usr/bin/hearth-cli"

help=$(hearth-cli --help 2>&1) || fail "hearth-cli --help exited with $?"
echo "$help" | grep -q "init" || fail "hearth-cli --help does not list the commands"
echo "test-deb: hearth-cli --help works"

# A home of its own, so that nothing of the person running this is read or changed.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
db="$work/demo.db"
hearth-cli --db "$db" init --council "Hearthdale Borough Council (demo)" >/dev/null
hearth-cli --db "$db" demo --residents 200 --seed 1

# Starts hearth with the arguments given under Xvfb, and checks it is still running after a few
# seconds (then ends it).
still_running() {
    # shellcheck disable=SC2016 # the inner script expands its own variables
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        hearth "$@" & pid=$!
        sleep 6
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"; wait "$pid" 2>/dev/null || true; exit 0
        fi
        wait "$pid"; echo "hearth exited early with status $?" >&2; exit 1' hearth "$@"
}
still_running --db "$db" || fail "hearth did not keep running on the demo database"
echo "test-deb: hearth started on the demo database and was still running after 6 seconds"
xvfb-run -a -s "-screen 0 1280x800x24" hearth --db "$db" --screenshot "$work/hearth.png" \
    || fail "hearth could not show the demo database and save a picture of it"
[ -s "$work/hearth.png" ] || fail "hearth saved no picture"
cp "$work/hearth.png" build/test-deb-hearth.png
echo "test-deb: hearth drew its window (build/test-deb-hearth.png)"

# First run: no database anywhere, so the set-up wizard shows and waits; leaving it makes nothing.
still_running || fail "hearth did not keep running on first run (the set-up wizard)"
[ ! -e "$XDG_DATA_HOME/Hearth/Hearth/hearth.db" ] || fail "first run made a database before Finish"
echo "test-deb: on first run hearth showed its set-up wizard and made no database"

echo "test-deb: PASSED"
