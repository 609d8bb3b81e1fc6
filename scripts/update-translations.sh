#!/usr/bin/env bash
# Brings the Welsh catalogues (resources/translations/*.ts) up to date with the sources: runs
# lupdate for each catalogue over the folders resources/translations/catalogues.txt gives it.
# New strings arrive unfinished (the catalogue test then fails until they are translated); strings
# no longer in the sources are dropped. A translation whose context changed (a class renamed or
# moved) is kept by scripts/translations.py carry. The build never runs lupdate: run this by hand.
#
#   scripts/update-translations.sh [catalogue...]     e.g. scripts/update-translations.sh hearth_main_cy
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
list=resources/translations/catalogues.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

includes=()
for folder in $(sed -n 's/^include:[[:space:]]*//p' "$list"); do
    includes+=(-I "$folder")
done

updated=0
while IFS= read -r line; do
    case "$line" in '' | '#'* | include:*) continue ;; esac
    name=${line%%:*}
    if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
        continue
    fi
    # Unquoted on purpose: "src/ui/*.cpp" expands to the files directly in src/ui.
    read -r -a paths <<<"${line#*:}"
    sources=()
    for path in "${paths[@]}"; do
        # shellcheck disable=SC2206
        sources+=($path)
    done
    ts=resources/translations/$name.ts
    if [ -f "$ts" ]; then
        cp "$ts" "$work/$name.ts"
    fi
    "$lupdate" -locations none -no-obsolete -source-language en_GB -target-language cy "${includes[@]}" \
        "${sources[@]}" -ts "$ts"
    if [ -f "$work/$name.ts" ]; then
        python3 scripts/translations.py carry "$work/$name.ts" "$ts"
        # carry writes with Python's XML layout: put the file back into lupdate's.
        "$lupdate" -locations none -no-obsolete -source-language en_GB -target-language cy "${includes[@]}" \
            "${sources[@]}" -ts "$ts" >/dev/null
    fi
    python3 scripts/translations.py stats "$ts"
    updated=$((updated + 1))
done <"$list"

if [ "$updated" -eq 0 ]; then
    echo "update-translations: no catalogue named $* in $list" >&2
    exit 1
fi
