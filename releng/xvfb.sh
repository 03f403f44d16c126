#!/usr/bin/env bash
# Starts a private Xvfb for the UI tests when there is no display, and stops it with the build.
#   releng/xvfb.sh start DIR   # writes DIR/xvfb.properties (display=:N) for Maven to read
# Xvfb picks a free display itself (-displayfd), so parallel builds never collide; a watchdog
# ends it when the Maven process that asked for it exits, even if the build fails half-way.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ "${1:-}" = start ] && [ -n "${2:-}" ] || { echo "usage: xvfb.sh start DIR" >&2; exit 2; }
dir="$2"
mkdir -p "$dir"
"$here/prerequisites.sh" test

build_pid=$PPID
fifo="$dir/displayfd"
rm -f "$fifo"
mkfifo "$fifo"
setsid Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$fifo" >"$dir/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 20 display_number <"$fifo" || { echo "Xvfb did not start; see $dir/xvfb.log" >&2; exit 1; }
rm -f "$fifo"
echo "display=:$display_number" >"$dir/xvfb.properties"
echo "$xvfb_pid" >"$dir/xvfb.pid"
nohup setsid bash -c "while kill -0 $build_pid 2>/dev/null; do sleep 2; done; kill $xvfb_pid 2>/dev/null" \
  >/dev/null 2>&1 &
echo "Xvfb :$display_number started for the UI tests (pid $xvfb_pid)"
