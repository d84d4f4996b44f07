# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers

# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not executed.
set -euo pipefail

WSCM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WSCM_BUILD="${WSCM_BUILD:-$WSCM_ROOT/build}"

# Debian 12 packages the build, the tests and the demo need.
WSCM_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-websockets-dev libgl-dev libssl-dev
  # The app's translations: lupdate/lrelease and their CMake functions (qt6-tools-dev), and Qt's
  # own translations for its standard dialogs.
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
  openssl tinyproxy squid iproute2 xvfb xauth
  desktop-file-utils appstream dpkg-dev file man-db groff-base bash-completion
  # Remote files: the tests start OpenSSH's server on 127.0.0.1 (never the system's service)
  # and reach it with the client, as wscm does; setpriv (util-linux) runs it without the
  # capabilities that let root ignore file permissions.
  openssh-client openssh-server util-linux
)

wscm_install_packages() {
  local missing=()
  local pkg
  for pkg in "${WSCM_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

wscm_build() {
  local extra=("$@")
  if [ ! -f "$WSCM_BUILD/build.ninja" ]; then
    cmake -S "$WSCM_ROOT" -B "$WSCM_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
  elif [ "${#extra[@]}" -gt 0 ]; then
    cmake "$WSCM_BUILD" "${extra[@]}" >/dev/null
  fi
  cmake --build "$WSCM_BUILD" --parallel "$(nproc)"
}
