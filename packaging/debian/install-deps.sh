#!/bin/sh
# Installs, with apt, the Debian 12 packages that building, testing and running Taizhang need.
# Quick when they are already there: one dpkg-query, no apt call.
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config zlib1g-dev
qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev
libsqlite3-dev catch2 libicu-dev libsodium-dev libpq-dev
xvfb xauth fonts-noto-cjk postgresql"

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
