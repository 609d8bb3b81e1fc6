#!/usr/bin/env bash
# Builds one libFuzzer target (tests/fuzz, docs/fuzzing.md) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build/fuzz, and runs it on its seed corpus.
#
#   scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options...]   run for SECONDS (default 600)
#   scripts/fuzz.sh list                                      the targets
#
# New inputs go to build/fuzz/corpus/TARGET (never the source tree); a crash, leak, timeout or
# broken invariant leaves its input in build/fuzz/findings/TARGET/. Copy a finding into
# tests/fuzz/corpus/TARGET/ once it is fixed, so that the ordinary test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(csv resident_import import_mapping ward_csv open_referral interchange bundle sync_payload settings)
if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
fi
if [[ $1 == list ]]; then
    printf '%s\n' "${targets[@]}"
    exit 0
fi
target=$1
seconds=${2:-600}
shift $(($# >= 2 ? 2 : 1))
if [[ ! " ${targets[*]} " == *" $target "* ]]; then
    echo "fuzz.sh: no target '$target' (scripts/fuzz.sh list)" >&2
    exit 64
fi

build=build/fuzz
if [[ ! -f $build/build.ninja ]]; then
    CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache} cmake -S . -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_COMPILER=clang++ \
        -DHEARTH_BUILD_FUZZ=ON -DHEARTH_BUILD_BENCH=OFF \
        -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
fi
if [[ -z ${HEARTH_FUZZ_NO_BUILD:-} ]]; then # set it to run what is built while a build runs
    cmake --build "$build" --target "hearth_${target}_fuzz"
fi

work=$build/corpus/$target
findings=$build/findings/$target
mkdir -p "$work" "$findings"
options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
         -artifact_prefix="$findings/")
case $target in
    csv | resident_import | ward_csv) options+=(-dict=tests/fuzz/dict/csv.dict) ;;
    import_mapping | open_referral | interchange | bundle | sync_payload) options+=(-dict=tests/fuzz/dict/json.dict) ;;
esac
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export QT_QPA_PLATFORM=offscreen
exec "$build/tests/fuzz/hearth_${target}_fuzz" "${options[@]}" "$@" "$work" "tests/fuzz/corpus/$target"
