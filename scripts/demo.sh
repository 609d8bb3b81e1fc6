#!/usr/bin/env bash
# Installs what Hearth needs, builds it, makes a demo database of a fictional council (once), and
# starts Hearth on it. Without a display it runs under Xvfb and saves a screenshot instead.
# Usage: scripts/demo.sh [--residents N]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prepare.sh

residents=2000
if [ "${1:-}" = "--residents" ] && [ -n "${2:-}" ]; then
    residents=$2
fi

hearth_install_packages
hearth_build release

bin=build/release/src
data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/Hearth/Hearth
demo_db=$data_dir/demo.db
if [ ! -f "$demo_db" ]; then
    mkdir -p "$data_dir"
    "$bin/cli/hearth-cli" --db "$demo_db" init --council "Hearthdale Borough Council (demo)"
    "$bin/cli/hearth-cli" --db "$demo_db" demo --residents "$residents" --seed 1
fi
echo "hearth: demo database at $demo_db"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/app/hearth" --db "$demo_db"
fi
echo "hearth: no display found; running under Xvfb and saving a screenshot to build/hearth-demo.png"
xvfb-run -a -s "-screen 0 1280x800x24" "$bin/app/hearth" --db "$demo_db" --screenshot build/hearth-demo.png
echo "hearth: screenshot saved to build/hearth-demo.png"
