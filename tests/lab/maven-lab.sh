#!/usr/bin/env bash
# The swarm lab around one Maven module's integration tests (tests/flotilla.deploy.tests/pom.xml):
#
#   maven-lab.sh start DIR MODE   pre-integration-test: bring a 3-node lab up in DIR
#   maven-lab.sh stop DIR         post-integration-test: take it down
#
# Tests that need hosts outside any swarm (flotilla hosts init) start a second lab of their own in
# DIR-hosts and take it down themselves; the watchdog and stop take that one down too, if it is left.
#
# MODE (-Dflotilla.lab=...): auto (default) starts a lab when swarm-lab.sh can-run says yes; when it
# says no, DIR/unavailable records why and the lab tests FAIL with that reason (they never pass
# silently). required fails the build at once. skip starts nothing and the lab tests are skipped.
#
# Safety net: post-integration-test is not reached when a test fails (the build stops in
# integration-test), so start also leaves a watchdog that takes the lab down when the Maven process
# that asked for it exits, however it exits. stop ends the watchdog by its pid.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lab="$here/swarm-lab.sh"
[ $# -ge 2 ] || { echo "usage: maven-lab.sh start DIR [auto|required|skip] | stop DIR" >&2; exit 2; }
cmd=$1
dir=$(realpath -m "$2")
mode=${3:-auto}
mkdir -p "$dir"
export FLOTILLA_LAB_DIR="$dir"

case "$cmd" in
  start)
    rm -f "$dir/unavailable"
    case "$mode" in
      skip)
        echo "skipped with -Dflotilla.lab=skip" >"$dir/unavailable"
        echo "[maven-lab] no swarm lab: -Dflotilla.lab=skip; the lab tests are skipped"
        exit 0
        ;;
      auto | required) ;;
      *) echo "[maven-lab] flotilla.lab must be auto, required or skip, not '$mode'" >&2; exit 2 ;;
    esac
    if ! why=$("$lab" can-run 2>&1); then
      printf '%s\n' "$why" >"$dir/unavailable"
      echo "[maven-lab] this machine cannot host a swarm lab: $why" >&2
      if [ "$mode" = required ]; then exit 1; fi
      echo "[maven-lab] the lab tests will fail with this reason; run with -Dflotilla.lab=skip to skip them" >&2
      exit 0
    fi
    build_pid=$PPID
    nohup setsid bash -c "while kill -0 $build_pid 2>/dev/null; do sleep 2; done
      FLOTILLA_LAB_DIR='$dir-hosts' '$lab' down; FLOTILLA_LAB_DIR='$dir' '$lab' down" >"$dir/watchdog.log" 2>&1 </dev/null &
    echo "$!" >"$dir/watchdog.pid"
    start=$(date +%s)
    "$lab" up 3 --no-ssh
    echo "[maven-lab] swarm lab up in $(($(date +%s) - start)) s (watchdog pid $(cat "$dir/watchdog.pid") takes it down if the build dies)"
    ;;
  stop)
    if [ -f "$dir/watchdog.pid" ]; then
      kill "$(cat "$dir/watchdog.pid")" 2>/dev/null || true
      rm -f "$dir/watchdog.pid"
    fi
    if [ -f "$dir/unavailable" ]; then exit 0; fi
    start=$(date +%s)
    if [ -d "$dir-hosts" ]; then FLOTILLA_LAB_DIR="$dir-hosts" "$lab" down; fi
    "$lab" down
    echo "[maven-lab] swarm lab down in $(($(date +%s) - start)) s"
    ;;
  *) echo "usage: maven-lab.sh start DIR [auto|required|skip] | stop DIR" >&2; exit 2 ;;
esac
