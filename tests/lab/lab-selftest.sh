#!/usr/bin/env bash
# Checks the real-swarm lab end to end: brings up 3 nodes, places services (global, replicated,
# constrained by hostname and by label, drain), reaches a service over the overlay (dnsrr) and over
# a host-mode port, kills a node's dockerd and sees the node Down, restarts it, and tears the lab
# down leaving nothing behind. Exits non-zero when any check fails.
#
#   tests/lab/lab-selftest.sh            (root; skips with exit 0 when swarm-lab.sh can-run says no,
#                                         unless FLOTILLA_LAB_REQUIRED=1)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB="$HERE/swarm-lab.sh"
passed=0
failed=0
timings=()

say() { printf '# %s\n' "$*"; }
ok() { passed=$((passed + 1)); printf 'ok %d - %s\n' "$((passed + failed))" "$1"; }
not_ok() {
  failed=$((failed + 1))
  printf 'not ok %d - %s\n' "$((passed + failed))" "$1"
  [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/#   /'
}
check() {
  local desc=$1
  shift
  if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# wait_for SECONDS COMMAND...: polls COMMAND every half second until it succeeds.
wait_for() {
  local secs=$1 t0
  shift
  t0=$(date +%s)
  until "$@" >/dev/null 2>&1; do
    [ $(($(date +%s) - t0)) -lt "$secs" ] || return 1
    sleep 0.5
  done
}

dk() { docker -H "$FLOTILLA_LAB_NODE_1_DOCKER_HOST" "$@"; }
dkn() { local i=$1; shift; local v="FLOTILLA_LAB_NODE_${i}_DOCKER_HOST"; docker -H "${!v}" "$@"; }
svc() { dk service create -d -q --no-resolve-image "$@" >/dev/null; }

# "node count" lines of a service's running tasks, sorted by node.
placement() {
  dk service ps "$1" --filter desired-state=running --format '{{.Node}} {{.CurrentState}}' |
    awk '$2 == "Running" { n[$1]++ } END { for (k in n) print k, n[k] }' | sort
}
placed() { [ "$(placement "$1")" = "$2" ]; }
# running_off SERVICE N NODE: N tasks running, none of them on NODE.
running_off() {
  local p
  p=$(placement "$1")
  [ "$(awk '{ n += $2 } END { print n + 0 }' <<<"$p")" -eq "$2" ] && ! grep -q "^$3 " <<<"$p"
}
node_status() { dk node ls --format '{{.Hostname}} {{.Status}}' | grep -qx "$1 $2"; }
pending_reason() {
  dk service ps "$1" --filter desired-state=running --format '{{.CurrentState}} {{.Error}}' --no-trunc |
    grep '^Pending' | grep -q "$2"
}
no_containers_on() { [ -z "$(dkn "$1" ps -q)" ]; }
http_get() { # http_get HOST PORT: the body busybox httpd serves
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2"; printf "GET / HTTP/1.0\r\n\r\n" >&3; cat <&3' _ "$1" "$2" | tail -n 1
}

if ! why=$("$LAB" can-run); then
  if [ "${FLOTILLA_LAB_REQUIRED:-0}" = 1 ]; then echo "lab-selftest: cannot run here: $why" >&2; exit 1; fi
  say "skipped: $why"
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
say "$why"

log_dir=$(mktemp -d "${TMPDIR:-/tmp}/lab-selftest.XXXXXX")
lab_up=0
finish() {
  local rc=$?
  if [ "$rc" -ne 0 ] && [ "$lab_up" -eq 1 ]; then
    failed=$((failed + 1))
    say "aborted (exit $rc) by a failing step before line ${BASH_LINENO[0]}"
    echo "$passed passed, $failed failed"
  fi
  if [ "$lab_up" -eq 1 ]; then
    say "tearing the lab down after a failure (log: $log_dir/down.log)"
    "$LAB" down >"$log_dir/down.log" 2>&1 || true
  fi
  [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && rm -rf "$log_dir"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

# --- up -----------------------------------------------------------------------------------------
t0=$(now)
lab_up=1
if ! "$LAB" up 3 >"$log_dir/up.log" 2>&1; then
  not_ok "swarm-lab.sh up 3" "$(tail -n 30 "$log_dir/up.log")"
  echo "$passed passed, $failed failed"
  exit 1
fi
timings+=("up=$(since "$t0")s")
ok "swarm-lab.sh up 3 ($(since "$t0") s)"
set -a
# shellcheck source=/dev/null
. <("$LAB" env)
set +a
IMAGE=$FLOTILLA_LAB_IMAGE

check "three nodes, all Ready and Active" \
  test "$(dk node ls --format '{{.Hostname}} {{.Status}} {{.Availability}}' | sort | tr '\n' ';')" = \
  "lab-node-1 Ready Active;lab-node-2 Ready Active;lab-node-3 Ready Active;"
for i in 1 2 3; do
  check "node $i: own dockerd named lab-node-$i, image $IMAGE loaded" \
    test "$(dkn "$i" info --format '{{.Name}}'):$(dkn "$i" image inspect -f '{{.Config.StopSignal}}' "$IMAGE")" = "lab-node-$i:SIGKILL"
  addr_var="FLOTILLA_LAB_NODE_${i}_ADDR"
  check "node $i: ssh root@${!addr_var} reaches lab-node-$i and its own dockerd" \
    test "$(ssh -F "$FLOTILLA_LAB_SSH_CONFIG" "root@${!addr_var}" 'hostname; docker info --format "{{.Name}}"' | tr '\n' ' ')" = \
    "lab-node-$i lab-node-$i "
done

# --- placement ----------------------------------------------------------------------------------
svc --name lab-global --mode global "$IMAGE" sleep 3600
svc --name lab-pinned --replicas 3 --constraint node.hostname==lab-node-2 "$IMAGE" sleep 3600
dk node update --label-add lab.zone=east lab-node-3 >/dev/null
svc --name lab-zone --replicas 2 --constraint node.labels.lab.zone==east "$IMAGE" sleep 3600
check "global: one task on every node" \
  wait_for 60 placed lab-global $'lab-node-1 1\nlab-node-2 1\nlab-node-3 1'
check "constraint node.hostname==lab-node-2: all 3 replicas there" \
  wait_for 60 placed lab-pinned 'lab-node-2 3'
check "constraint node.labels.lab.zone==east: both replicas on lab-node-3" \
  wait_for 60 placed lab-zone 'lab-node-3 2'
svc --name lab-spread --replicas 3 "$IMAGE" sleep 3600
check "replicated without constraints: spread one per node" \
  wait_for 60 placed lab-spread $'lab-node-1 1\nlab-node-2 1\nlab-node-3 1'

dk node update --availability drain lab-node-3 >/dev/null
check "drain lab-node-3: lab-spread's 3 replicas all on lab-node-1 and lab-node-2" \
  wait_for 60 running_off lab-spread 3 lab-node-3
check "drain lab-node-3: zone replicas Pending with \"no suitable node\"" \
  wait_for 30 pending_reason lab-zone 'no suitable node'
check "drain lab-node-3: no container left on it" wait_for 30 no_containers_on 3
dk node update --availability active lab-node-3 >/dev/null
check "activate lab-node-3: zone replicas back" wait_for 60 placed lab-zone 'lab-node-3 2'
check "activate lab-node-3: global task back" \
  wait_for 60 placed lab-global $'lab-node-1 1\nlab-node-2 1\nlab-node-3 1'

# --- networking without IPVS: overlay with dnsrr, host-mode published port ----------------------
dk network create -d overlay --attachable lab-net >/dev/null
svc --name lab-web --network lab-net --endpoint-mode dnsrr --constraint node.hostname==lab-node-2 \
  --publish mode=host,target=8080,published=18080 \
  "$IMAGE" sh -c 'mkdir -p /www && echo lab-web > /www/index.html && exec httpd -f -p 8080 -h /www'
svc --name lab-client --network lab-net --constraint node.hostname==lab-node-3 "$IMAGE" sleep 3600
check "lab-web running on lab-node-2" wait_for 60 placed lab-web 'lab-node-2 1'
check "lab-client running on lab-node-3" wait_for 60 placed lab-client 'lab-node-3 1'
client=$(dkn 3 ps -q --filter label=com.docker.swarm.service.name=lab-client | head -n 1)
overlay_get() {
  [ "$(timeout 10 docker -H "$FLOTILLA_LAB_NODE_3_DOCKER_HOST" exec "$client" \
    sh -c 'printf "GET / HTTP/1.0\r\n\r\n" | nc -w 3 lab-web 8080' | tail -n 1)" = lab-web ]
}
check "overlay across nodes: lab-node-3 reaches lab-web on lab-node-2 by name (dnsrr)" wait_for 30 overlay_get
check "host-mode port: $FLOTILLA_LAB_NODE_2_ADDR:18080 answers from the host" \
  wait_for 20 test "$(http_get "$FLOTILLA_LAB_NODE_2_ADDR" 18080 2>/dev/null)" = lab-web

# --- a node's dockerd dies, then comes back -----------------------------------------------------
t0=$(now)
"$LAB" kill-node 3 >>"$log_dir/kill.log" 2>&1
if wait_for 90 node_status lab-node-3 Down; then
  down_s=$(since "$t0")
  timings+=("node-down-detected=${down_s}s")
  ok "kill-node 3: lab-node-3 is Down after $down_s s"
else
  not_ok "kill-node 3: lab-node-3 Down within 90 s" "$(dk node ls)"
fi
check "lab-node-3 Down: zone replicas Pending with \"no suitable node\"" \
  wait_for 60 pending_reason lab-zone 'no suitable node'
check "lab-node-3 Down: lab-spread's 3 replicas all on lab-node-1 and lab-node-2" \
  wait_for 60 running_off lab-spread 3 lab-node-3
t0=$(now)
if "$LAB" start-node 3 >>"$log_dir/start.log" 2>&1; then
  timings+=("node-restart-ready=$(since "$t0")s")
  ok "start-node 3: lab-node-3 Ready again after $(since "$t0") s"
else
  not_ok "start-node 3" "$(tail -n 20 "$log_dir/start.log")"
fi
check "lab-node-3 back: zone replicas running there again" wait_for 60 placed lab-zone 'lab-node-3 2'
check "lab-node-3 back: global task running there again" \
  wait_for 60 placed lab-global $'lab-node-1 1\nlab-node-2 1\nlab-node-3 1'

# --- down ---------------------------------------------------------------------------------------
t0=$(now)
if "$LAB" down >"$log_dir/down.log" 2>&1; then
  timings+=("down=$(since "$t0")s")
  ok "swarm-lab.sh down ($(since "$t0") s)"
else
  not_ok "swarm-lab.sh down" "$(tail -n 20 "$log_dir/down.log")"
fi
lab_up=0
leftovers() {
  local p found=""
  for p in /proc/[0-9]*; do
    if tr '\0' ' ' 2>/dev/null <"$p/cmdline" | grep -qF -- "$FLOTILLA_LAB_RUN_DIR/"; then found+="${p#/proc/} "; fi
  done
  ip netns list | grep -qF "$FLOTILLA_LAB_NODE_1_NETNS" && found+="netns "
  ip link show "$FLOTILLA_LAB_BRIDGE" >/dev/null 2>&1 && found+="bridge "
  iptables -w -S FORWARD 2>/dev/null | grep -qF "$FLOTILLA_LAB_BRIDGE" && found+="iptables "
  [ -e "$FLOTILLA_LAB_RUN_DIR" ] && found+="run-dir "
  [ -z "$found" ] || { echo "left behind: $found"; return 1; }
}
check "down leaves no process, namespace, bridge, iptables rule or run directory" leftovers
check "down a second time is harmless" "$LAB" down

say "timings: ${timings[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
