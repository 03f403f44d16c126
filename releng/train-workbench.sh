#!/usr/bin/env bash
# Trains the JDK's AOT cache for the modeler window: starts the product's window once, on a private Xvfb, with
# FLOTILLA_AOT_TRAINING set; the window closes itself once painted and the JDK writes
# configuration/flotilla-workbench.aot, which the product's launcher then uses (Java 25+), and the list of classes the
# start loaded, configuration/flotilla-workbench.classes, which the window preloads on a thread of its own.
#   releng/train-workbench.sh PRODUCT_DIR WORK_DIR [MODEL.flotilla]
# With a model the window opens it as it starts, so the cache also holds the editor's, diagram's and engine's classes.
# Without Java 25, Xvfb or GTK 3 there is nothing to train or nowhere to do it: the product then starts its window
# without the cache, as before, only slower. A window that does not open fails the build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -eq 2 ] || [ $# -eq 3 ] || { echo "usage: train-workbench.sh PRODUCT_DIR WORK_DIR [MODEL.flotilla]" >&2; exit 2; }
product="$1"
work="$2"
model=("${@:3}")
# shellcheck source=java-home.sh
source "$here/java-home.sh"
java_home="$(flotilla_java_home)"
rm -f "$product/configuration/flotilla-workbench.aot" "$product/configuration/flotilla-workbench.classes"
if [ "$(flotilla_java_major "$java_home")" -lt 25 ]; then
  echo "train-workbench: Java $(flotilla_java_major "$java_home") has no AOT cache to train; skipped"
  exit 0
fi
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "train-workbench: no Xvfb (apt-get install xvfb); the window starts without an AOT cache"
  exit 0
fi

# grep reads to the end: with -q it would stop early, and pipefail would count ldconfig's broken pipe.
if ! { ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null | grep 'libgtk-3\.so\.0' >/dev/null; then
  echo "train-workbench: no GTK 3 (apt-get install libgtk-3-0); the window starts without an AOT cache"
  exit 0
fi

rm -rf "$work"
mkdir -p "$work"
# A display of its own, so training never opens a window on the user's desktop; Xvfb picks a free number.
fifo="$work/displayfd"
mkfifo "$fifo"
setsid Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$fifo" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
read -r -t 20 display_number <"$fifo" || { echo "train-workbench: Xvfb did not start; see $work/xvfb.log" >&2; exit 1; }

# First a start without a model, before there is a cache: the classes it loads from the product's bundles
# (plugins/NAME_VERSION.jar), in order, for the window's class preloader (flotilla.ui's ClassPreload), a bundle's
# symbolic name and a class name per line. Not the model's classes: loading them too cost the empty window's start
# the time the rest saved. The framework's own classes come from the class path, not through a bundle.
# timeout: a window that never paints must not hang the build.
classes_log="$work/classes.log"
DISPLAY=":$display_number" FLOTILLA_WORKSPACE="$work/workspace-classes" \
  JAVA_TOOL_OPTIONS="-Dflotilla.closeWhenPainted=true -Xlog:class+load=info:file=$classes_log:none" \
  timeout 120 "$product/flotilla"
sed -n 's#^\([^ ]*\) source: file:.*/plugins/\(.*\)_[0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*[^/]*\.jar$#\2 \1#p' \
  "$classes_log" | grep -v '^org\.eclipse\.osgi ' >"$product/configuration/flotilla-workbench.classes" \
  || { echo "train-workbench: the window's start loaded no class from the product's bundles; see $classes_log" >&2; exit 1; }

DISPLAY=":$display_number" FLOTILLA_WORKSPACE="$work/workspace" FLOTILLA_AOT_TRAINING=true \
  timeout 120 "$product/flotilla" "${model[@]}"
[ -f "$product/configuration/flotilla-workbench.aot" ] \
  || { echo "train-workbench: the JDK wrote no configuration/flotilla-workbench.aot" >&2; exit 1; }
echo "train-workbench: wrote configuration/flotilla-workbench.aot and flotilla-workbench.classes"
