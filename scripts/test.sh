#!/usr/bin/env bash
# Installs what Hearth needs, builds it with warnings as errors, and runs the whole test suite
# through CTest. Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prepare.sh

hearth_install_packages
hearth_build test
QT_QPA_PLATFORM=offscreen ctest --preset test --parallel "$(nproc)" "$@"
