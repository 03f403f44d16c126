#!/usr/bin/env bash
# Makes sure the Debian/Ubuntu packages a Flotilla task needs are installed, installing the
# missing ones with apt-get when we may (root, or passwordless sudo); otherwise says what to run.
#   releng/prerequisites.sh build   # bootstrapping Maven 3.9 (system maven, unzip)
#   releng/prerequisites.sh gui     # running the modeler window (GTK 3)
#   releng/prerequisites.sh test    # UI tests under a virtual display (GTK 3, Xvfb, ImageMagick, xdotool), and
#                                   # the docker CLI whose offline `docker stack config` judges the exchange corpus
set -euo pipefail

packages_for() {
  case "$1" in
    build) echo "maven unzip" ;;
    gui) echo "libgtk-3-0" ;;
    test) echo "libgtk-3-0 xvfb imagemagick xauth xdotool docker.io" ;;
    *) echo "prerequisites: unknown purpose '$1' (build, gui, test)" >&2; return 2 ;;
  esac
}

missing=()
for purpose in "$@"; do
  for pkg in $(packages_for "$purpose"); do
    # Any docker CLI with stack config will do (no daemon is needed), however it was installed.
    if [ "$pkg" = docker.io ] && docker stack config --help >/dev/null 2>&1; then continue; fi
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt=(sudo -n apt-get)
else
  echo "Flotilla needs these packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "flotilla: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq >/dev/null
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
