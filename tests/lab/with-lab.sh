#!/usr/bin/env bash
# Runs a command with a real-swarm lab up around it, when this machine can host one:
#
#   tests/lab/with-lab.sh [UP-ARGS...] -- COMMAND [ARGS...]      e.g.  tests/lab/with-lab.sh 3 -- ./mvnw verify
#
# UP-ARGS are swarm-lab.sh up's (default: 3). COMMAND then sees the lab's environment (the lines of
# swarm-lab.sh env), FLOTILLA_LAB_ENV (the same lines as a file) and FLOTILLA_LAB_SCRIPT (the path
# of swarm-lab.sh, for kill-node and start-node). The lab is torn down however COMMAND ends, and
# the exit status is COMMAND's.
#
# FLOTILLA_LAB=auto (default): no lab when swarm-lab.sh can-run says no (tests that need one skip);
#              required: fail instead; skip: never start a lab.
# A machine that can host a lab but fails to bring it up fails the run: a broken lab must show.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB="$HERE/swarm-lab.sh"

up_args=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
  up_args+=("$1")
  shift
done
[ $# -gt 0 ] || { echo "usage: with-lab.sh [UP-ARGS...] -- COMMAND [ARGS...]" >&2; exit 2; }
shift
[ $# -gt 0 ] || { echo "with-lab.sh: no command after --" >&2; exit 2; }
[ ${#up_args[@]} -gt 0 ] || up_args=(3)

mode=${FLOTILLA_LAB:-auto}
case "$mode" in
  skip)
    echo "with-lab: FLOTILLA_LAB=skip: running without a swarm lab" >&2
    exec "$@"
    ;;
  auto | required) ;;
  *) echo "with-lab.sh: FLOTILLA_LAB must be auto, required or skip" >&2; exit 2 ;;
esac

if ! why=$("$LAB" can-run); then
  if [ "$mode" = required ]; then
    echo "with-lab: FLOTILLA_LAB=required but this machine cannot host a lab: $why" >&2
    exit 1
  fi
  echo "with-lab: running without a swarm lab ($why)" >&2
  exec "$@"
fi

lab_started=0
# shellcheck disable=SC2317 # reached through the trap
stop_lab() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$lab_started" -eq 1 ]; then "$LAB" down >&2 || true; fi
  exit "$rc"
}
trap stop_lab EXIT
trap 'exit 130' INT TERM

lab_started=1
"$LAB" up "${up_args[@]}" >&2
env_file=$(mktemp "${TMPDIR:-/tmp}/flotilla-lab-env.XXXXXX")
"$LAB" env >"$env_file"
set -a
# shellcheck source=/dev/null
. "$env_file"
set +a
rm -f "$env_file"
export FLOTILLA_LAB_ENV="$FLOTILLA_LAB_DIR/lab.env"
export FLOTILLA_LAB_SCRIPT="$LAB"
echo "with-lab: lab up ($FLOTILLA_LAB_NODES nodes); running: $*" >&2
rc=0
"$@" || rc=$?
exit "$rc"
