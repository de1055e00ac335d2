#!/bin/sh
# Installs, with apt, the Debian 12 packages that building, testing and running Taizhang need.
# Quick when they are already there: one dpkg-query, no apt call.
set -eu

# Build: compiler, CMake/Ninja, Qt (Core, Network, Widgets, Charts (统计), Linguist tools; HttpServer, which needs
# WebSockets' CMake files, and Sql with its SQLite and PostgreSQL drivers for taizhang-server), SQLite, ICU (pinyin),
# zlib (sync bodies inflated under a limit), libsodium (Argon2id), libqrencode (the receipt's QR code), libxlsxwriter (Excel reports), Catch2 and
# unzip (the xlsx golden-file tests read the sheets back). Qt Widgets' CMake files also need the GL/Vulkan/xkbcommon headers
# when recommends are not installed. Run: fonts-noto-cjk (Chinese without boxes), xvfb and xauth
# (screenshots and windowed tests without a display); postgresql (the sync tests start a
# throwaway cluster of their own for taizhang-server's PostgreSQL store).
PACKAGES="build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev
qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql
zlib1g-dev libsqlite3-dev libicu-dev libsodium-dev libssl-dev libqrencode-dev libxlsxwriter-dev catch2 unzip
fonts-noto-cjk xvfb xauth
postgresql"

missing=""
for p in $PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    if [ "$status" != "installed" ]; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Installing:$missing"
SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
