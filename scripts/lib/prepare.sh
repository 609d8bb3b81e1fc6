# Shared by the two entry points: installs the Debian packages Hearth needs (only the missing
# ones), then configures and builds one CMake preset. Sourced, not run.

HEARTH_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libsqlite3-dev sqlite3 libspdlog-dev libsodium-dev libxlsxwriter-dev catch2
    xvfb xauth fonts-dejavu-core unzip
)

hearth_install_packages() {
    local missing=()
    local package
    for package in "${HEARTH_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "hearth: all ${#HEARTH_PACKAGES[@]} Debian packages are installed"
        return 0
    fi
    echo "hearth: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# hearth_build PRESET: configure (once) and build with that preset from CMakePresets.json.
hearth_build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
