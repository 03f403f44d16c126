#!/usr/bin/env bash
# Flotilla's real-swarm test lab: N real dockerd "hosts", each in its own network namespace on this
# machine, joined into one Docker Swarm, for the integration tests (see README.md beside this file).
#
#   swarm-lab.sh can-run                 exit 0 when this machine can host a lab, else 1 and why
#   swarm-lab.sh install                 apt-get what the lab needs (idempotent; up does it too)
#   swarm-lab.sh up N [--managers M] [--no-ssh] [--no-swarm] [--heartbeat DURATION]
#   swarm-lab.sh env                     KEY=VALUE lines (DOCKER_HOST per node, image, ssh files)
#   swarm-lab.sh status                  what runs; exit 0 only when every node's dockerd is up
#   swarm-lab.sh kill-node I [--term]    SIGKILL (or SIGTERM) node I's dockerd: the host "dies"
#   swarm-lab.sh start-node I            start node I's dockerd again and wait for it to be Ready
#   swarm-lab.sh down                    orderly teardown; safe to repeat and after a failed up
#
# Environment: FLOTILLA_LAB_DIR (state, default <repo>/target/swarm-lab), FLOTILLA_LAB_SUBNET
# (first three octets, default the first free one of 10.77.0 .. 10.77.15),
# FLOTILLA_LAB_STORAGE_DRIVER (default: dockerd's choice, overlay2 here).
#
# Rules kept here (../../../shared/docs/real-swarm-lab.md): nothing reaches a public registry (the
# namespaces have no default route, dockerd runs with DOCKER_SERVICE_PREFER_OFFLINE_IMAGE=1, the
# image is built locally under a loopback registry name); traffic stays on loopback and the
# namespaces' own addresses; every process the lab starts is ended by its pid on teardown.
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
HERE=$(dirname "$SELF")
REPO=$(cd "$HERE/../.." && pwd)
LAB_DIR=$(realpath -m "${FLOTILLA_LAB_DIR:-$REPO/target/swarm-lab}")
# Names of kernel objects (namespaces, bridge, veths) carry a short id of the lab directory, so two
# checkouts (a developer's and CI's clone) can each have a lab at the same time.
LAB_ID=$(printf '%s' "$LAB_DIR" | sha256sum | cut -c1-6)
BRIDGE="flab$LAB_ID"
IPT_COMMENT="flotilla-lab-$LAB_ID"
STATE_FILE="$LAB_DIR/lab.state"
IMAGE=127.0.0.1:5999/flotilla/busybox:lab
PACKAGES=(docker.io busybox-static iptables iproute2 openssh-server openssh-client)
MAX_NODES=20
# Empty: dockerd picks (overlay2 where the data root allows it, else vfs).
STORAGE_DRIVER=${FLOTILLA_LAB_STORAGE_DRIVER:-}

# State of the current lab (lab.state); defaults describe "no lab".
RUN_DIR=""
SUBNET=""
NODES=0
MANAGERS=1
WITH_SSH=1
WITH_SWARM=1
HEARTBEAT=""

log() { printf '[swarm-lab %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
now() { date +%s.%N; }
in_range() { [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge "$2" ] && [ "$1" -le "$3" ]; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

netns_of() { printf 'flab%s-n%s' "$LAB_ID" "$1"; }
veth_of() { printf 'flab%sv%s' "$LAB_ID" "$1"; }
addr_of() { printf '%s.%s' "$SUBNET" "$((10 + $1))"; }
hostname_of() { printf 'lab-node-%s' "$1"; }
node_dir() { printf '%s/n%s' "$LAB_DIR" "$1"; }
# Sockets and exec-roots live in a short temporary directory: unix socket paths are limited to
# 108 bytes, and a checkout can sit deep in the file system.
run_node_dir() { printf '%s/n%s' "$RUN_DIR" "$1"; }
sock_of() { printf '%s/docker.sock' "$(run_node_dir "$1")"; }
role_of() { if [ "$1" -le "$MANAGERS" ]; then echo manager; else echo worker; fi; }
dk() { local i=$1; shift; docker -H "unix://$(sock_of "$i")" "$@"; }

load_state() {
  [ -f "$STATE_FILE" ] || return 1
  # shellcheck source=/dev/null
  . "$STATE_FILE"
}

save_state() {
  mkdir -p "$LAB_DIR"
  {
    printf '# the lab in this directory; written by swarm-lab.sh up, removed by down\n'
    local v
    for v in RUN_DIR SUBNET NODES MANAGERS WITH_SSH WITH_SWARM HEARTBEAT; do
      printf '%s=%q\n' "$v" "${!v}"
    done
  } >"$STATE_FILE.tmp"
  mv "$STATE_FILE.tmp" "$STATE_FILE"
}

lock() {
  mkdir -p "$LAB_DIR"
  exec 9>>"$LAB_DIR/.lock"
  flock -w 600 9 || die "another swarm-lab.sh holds $LAB_DIR/.lock"
}

# True when pid $1 is alive and its command line mentions $2 (guards against reused pids).
pid_matches() {
  local pid=$1 needle=$2
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$needle"
}

dockerd_pid() {
  local f pid
  f="$(run_node_dir "$1")/dockerd.pid"
  [ -n "$RUN_DIR" ] && [ -f "$f" ] || return 1
  pid=$(cat "$f" 2>/dev/null) || return 1
  pid_matches "$pid" "$(sock_of "$1")" || return 1
  echo "$pid"
}

# The pid of the containerd that node $1's dockerd started, while it runs (not a zombie).
containerd_pid() {
  local f pid
  f="$(run_node_dir "$1")/exec/containerd/containerd.pid"
  [ -n "$RUN_DIR" ] && [ -f "$f" ] || return 1
  pid=$(cat "$f" 2>/dev/null) || return 1
  pid_matches "$pid" "$(run_node_dir "$1")/exec/containerd/" || return 1
  [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ] || return 1
  echo "$pid"
}

sshd_pid() {
  local f pid
  f="$(run_node_dir "$1")/sshd.pid"
  [ -n "$RUN_DIR" ] && [ -f "$f" ] || return 1
  pid=$(cat "$f" 2>/dev/null) || return 1
  pid_matches "$pid" "$(node_dir "$1")/sshd_config" || return 1
  echo "$pid"
}

# Waits for the given background jobs only: a bare "wait" would also wait for the dockerds that a
# failing up started as its own children.
wait_for_jobs() {
  local p
  for p in "$@"; do wait "$p" 2>/dev/null || true; done
}

# Sends signal $1 to pid $2 and waits up to $3 seconds for it to be gone; then SIGKILL.
stop_pid() {
  local sig=$1 pid=$2 secs=$3 t=0
  kill "-$sig" "$pid" 2>/dev/null || return 0
  while [ -d "/proc/$pid" ] && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]; do
    if [ "$t" -ge $((secs * 10)) ]; then
      log "pid $pid still alive after ${secs}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.2
      return 0
    fi
    sleep 0.1
    t=$((t + 1))
  done
}

# ---------------------------------------------------------------------------------------------
# can-run and install

cgroup_layout() {
  if awk '$2 == "/sys/fs/cgroup" && $3 == "cgroup2" { f = 1 } END { exit !f }' /proc/self/mounts; then
    echo v2
  elif awk '$3 == "cgroup" && $4 ~ /(^|,)devices(,|$)/ { f = 1 } END { exit !f }' /proc/self/mounts; then
    echo v1
  else
    echo none
  fi
}

cmd_can_run() {
  local why=()
  [ "$(id -u)" -eq 0 ] || why+=("not root (the lab creates network namespaces and runs dockerd)")
  local c
  for c in ip unshare flock mount setsid; do
    command -v "$c" >/dev/null 2>&1 || why+=("no '$c' command")
  done
  [ "$(cgroup_layout)" != none ] || why+=("no cgroup devices controller (v1) nor cgroup2 mounted under /sys/fs/cgroup")
  if [ ${#why[@]} -eq 0 ]; then
    local probe="flab$LAB_ID-probe$$"
    if ! ip netns add "$probe" 2>/dev/null; then
      why+=("'ip netns add' fails (no CAP_SYS_ADMIN, or no network namespaces)")
    else
      ip netns exec "$probe" sh -c \
        'ip link add pb type bridge && ip link add pv0 type veth peer name pv1 && ip link set pv0 master pb && unshare --uts true' \
        >/dev/null 2>&1 || why+=("inside a network namespace, a bridge, a veth pair or 'unshare --uts' fails")
      ip netns del "$probe" 2>/dev/null || true
    fi
  fi
  if ! command -v dockerd >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      why+=("dockerd is not installed and there is no apt-get to install docker.io")
    elif ! apt-cache show docker.io >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1 || true
      apt-cache show docker.io >/dev/null 2>&1 || why+=("dockerd is not installed and apt knows no docker.io package")
    fi
  fi
  if [ ${#why[@]} -gt 0 ]; then
    printf 'no: %s\n' "${why[@]}"
    return 1
  fi
  local ipvs=no
  [ -d /proc/sys/net/ipv4/vs ] && ipvs=yes
  echo "yes: root, ip netns, cgroup $(cgroup_layout), dockerd $(command -v dockerd >/dev/null && echo installed || echo installable); IPVS (routing mesh, VIPs): $ipvs"
}

cmd_install() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "needs root to install ${missing[*]}"
  log "installing ${missing[*]}"
  mkdir -p "$LAB_DIR"
  # Installing docker.io must not start a system dockerd: Debian's policy-rc.d says "no services".
  local policy=/usr/sbin/policy-rc.d made_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    made_policy=1
  fi
  local rc=0
  {
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; }
  } >>"$LAB_DIR/apt.log" 2>&1 || rc=$?
  [ "$made_policy" -eq 0 ] || rm -f "$policy"
  [ "$rc" -eq 0 ] || die "apt-get install ${missing[*]} failed (see $LAB_DIR/apt.log)"
}

# ---------------------------------------------------------------------------------------------
# the pieces of a lab

pick_subnet() {
  local s
  if [ -n "${FLOTILLA_LAB_SUBNET:-}" ]; then
    [[ "$FLOTILLA_LAB_SUBNET" =~ ^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ ]] ||
      die "FLOTILLA_LAB_SUBNET must be three octets such as 10.77.0"
    subnet_free "$FLOTILLA_LAB_SUBNET" || die "$FLOTILLA_LAB_SUBNET.0/24 is already in use here"
    SUBNET=$FLOTILLA_LAB_SUBNET
    return
  fi
  for s in $(seq 0 15); do
    if subnet_free "10.77.$s"; then SUBNET="10.77.$s"; return; fi
  done
  die "10.77.0.0/24 .. 10.77.15.0/24 are all in use; set FLOTILLA_LAB_SUBNET"
}

subnet_free() {
  ! ip -4 route show | grep -qE "(^|[^0-9])${1//./\\.}\.[0-9]+"
}

setup_network() {
  ip link add "$BRIDGE" type bridge
  ip addr add "$SUBNET.1/24" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  # Bridged frames pass the host's FORWARD chain (br_netfilter); a DROP policy there (a system
  # dockerd sets one) would cut the nodes off from each other.
  if command -v iptables >/dev/null 2>&1; then
    iptables -w -I FORWARD -i "$BRIDGE" -o "$BRIDGE" -m comment --comment "$IPT_COMMENT" -j ACCEPT ||
      log "warning: could not add the FORWARD rule for $BRIDGE"
  fi
  local i ns veth
  for i in $(seq 1 "$NODES"); do
    ns=$(netns_of "$i")
    veth=$(veth_of "$i")
    ip netns add "$ns"
    ip link add "$veth" type veth peer name eth0 netns "$ns"
    ip link set "$veth" master "$BRIDGE" up
    ip -n "$ns" link set lo up
    ip -n "$ns" addr add "$(addr_of "$i")/24" dev eth0
    ip -n "$ns" link set eth0 up
  done
}

# The host's cgroup mounts, to be mounted again inside a node (see __exec-dockerd).
host_cgroup_mounts() {
  awk '$2 ~ "^/sys/fs/cgroup(/|$)" && ($3 == "tmpfs" || $3 == "cgroup" || $3 == "cgroup2") {
         n = split($4, o, ","); opts = ""
         for (k = 1; k <= n; k++)
           if (o[k] !~ /^(rw|ro|relatime|noatime|strictatime|nosuid|nodev|noexec|seclabel|nsdelegate|memory_recursiveprot|size=.*|nr_inodes=.*|mode=.*|inode64)$/)
             opts = opts (opts == "" ? "" : ",") o[k]
         print $3, $2, (opts == "" ? "-" : opts) }' /proc/self/mounts
}

start_dockerd() {
  local i=$1 nd rd
  nd=$(node_dir "$i")
  rd=$(run_node_dir "$i")
  mkdir -p "$nd/data" "$rd/exec"
  [ -f "$nd/daemon.json" ] || echo '{}' >"$nd/daemon.json"
  rm -f "$rd/dockerd.pid"
  FLAB_CGROUPS=$(host_cgroup_mounts) setsid ip netns exec "$(netns_of "$i")" \
    unshare --uts "$SELF" __exec-dockerd "$i" </dev/null >>"$nd/dockerd.log" 2>&1 7>&- 8>&- 9>&- &
  # ip netns exec, unshare and the script exec one another, so this is dockerd's pid too.
  echo "$!" >"$rd/dockerd.launched"
}

wait_dockerd() {
  local i=$1 t0 pid
  t0=$(date +%s)
  local launched
  launched=$(cat "$(run_node_dir "$i")/dockerd.launched")
  until pid=$(dockerd_pid "$i") && dk "$i" version --format '{{.Server.Version}}' >/dev/null 2>&1; do
    if ! kill -0 "$launched" 2>/dev/null && ! dockerd_pid "$i" >/dev/null; then
      tail -n 20 "$(node_dir "$i")/dockerd.log" >&2 || true
      die "dockerd of node $i exited (log: $(node_dir "$i")/dockerd.log)"
    fi
    if [ $(($(date +%s) - t0)) -ge 90 ]; then
      tail -n 20 "$(node_dir "$i")/dockerd.log" >&2 || true
      die "dockerd of node $i did not answer on $(sock_of "$i") within 90 s"
    fi
    sleep 0.3
  done
}

build_image() {
  local ctx="$RUN_DIR/image" a bb
  bb=$(command -v busybox) || die "no busybox (package busybox-static)"
  # A FROM-scratch image has no libc: the binary must be the static one.
  ! ldd "$bb" >/dev/null 2>&1 || die "$bb is linked dynamically; install busybox-static"
  mkdir -p "$ctx/rootfs/bin" "$ctx/rootfs/tmp"
  chmod 1777 "$ctx/rootfs/tmp"
  cp "$bb" "$ctx/rootfs/bin/busybox"
  for a in $("$bb" --list); do
    [ "$a" = busybox ] || ln -s busybox "$ctx/rootfs/bin/$a"
  done
  # busybox sleep as a container's pid 1 ignores SIGTERM, so every stop (scale down, drain, rm,
  # a node's dockerd restarting) would wait the full grace period (10 s); SIGKILL stops at once.
  cat >"$ctx/Dockerfile" <<'EOF'
FROM scratch
COPY rootfs/ /
ENV PATH=/bin
STOPSIGNAL SIGKILL
LABEL org.opencontainers.image.title="flotilla lab busybox" org.opencontainers.image.description="busybox-static, built locally for Flotilla's swarm lab"
CMD ["sh"]
EOF
  DOCKER_BUILDKIT=0 dk 1 build -q -t "$IMAGE" "$ctx" >"$(node_dir 1)/image-build.log" 2>&1 ||
    { cat "$(node_dir 1)/image-build.log" >&2; die "building $IMAGE on node 1 failed"; }
  dk 1 save -o "$RUN_DIR/image.tar" "$IMAGE"
  local i
  for i in $(seq 2 "$NODES"); do
    dk "$i" load -q -i "$RUN_DIR/image.tar" >/dev/null
  done
  rm -f "$RUN_DIR/image.tar"
}

form_swarm() {
  local args=(--advertise-addr "$(addr_of 1)" --listen-addr "$(addr_of 1):2377")
  [ -z "$HEARTBEAT" ] || args+=(--dispatcher-heartbeat "$HEARTBEAT")
  dk 1 swarm init "${args[@]}" >/dev/null
  local wtoken mtoken i token
  wtoken=$(dk 1 swarm join-token -q worker)
  mtoken=$(dk 1 swarm join-token -q manager)
  for i in $(seq 2 "$NODES"); do
    token=$wtoken
    [ "$(role_of "$i")" = worker ] || token=$mtoken
    dk "$i" swarm join --token "$token" --advertise-addr "$(addr_of "$i")" \
      --listen-addr "$(addr_of "$i"):2377" "$(addr_of 1):2377" >/dev/null
  done
}

# The index of a node whose dockerd answers as a swarm manager, or nothing. Every node is asked:
# after up --no-swarm, the tests form the swarm themselves (hosts init).
live_manager() {
  local i
  for i in $(seq 1 "$NODES"); do
    if dockerd_pid "$i" >/dev/null &&
      [ "$(dk "$i" info --format '{{.Swarm.ControlAvailable}}' 2>/dev/null)" = true ]; then
      echo "$i"
      return 0
    fi
  done
  return 1
}

# Waits until the swarm lists node $1 (or all nodes when $1 is "all") as Ready, for $2 seconds.
wait_ready() {
  local which=$1 secs=$2 t0 m ready
  t0=$(date +%s)
  while :; do
    if m=$(live_manager); then
      if [ "$which" = all ]; then
        ready=$(dk "$m" node ls --format '{{.Hostname}} {{.Status}}' 2>/dev/null | grep -c ' Ready$' || true)
        [ "$ready" -eq "$NODES" ] && return 0
      else
        dk "$m" node ls --format '{{.Hostname}} {{.Status}}' 2>/dev/null |
          grep -qx "$(hostname_of "$which") Ready" && return 0
      fi
    fi
    [ $(($(date +%s) - t0)) -lt "$secs" ] || return 1
    sleep 0.5
  done
}

setup_ssh() {
  local sd="$LAB_DIR/ssh" i nd rd addr name t k
  mkdir -p "$sd" /run/sshd
  chmod 700 "$sd"
  # Two key types: ed25519 (OpenSSH's first choice) and ECDSA P-256, which every Java SSH library
  # handles with the JDK alone (ed25519 needs an extra provider in some).
  : >"$sd/authorized_keys"
  for t in ecdsa ed25519; do
    [ -f "$sd/id_$t" ] || ssh-keygen -q -t "$t" -N '' -C "flotilla-lab-$LAB_ID" -f "$sd/id_$t"
    cat "$sd/id_$t.pub" >>"$sd/authorized_keys"
  done
  : >"$sd/known_hosts"
  for i in $(seq 1 "$NODES"); do
    nd=$(node_dir "$i")
    rd=$(run_node_dir "$i")
    addr=$(addr_of "$i")
    name=$(hostname_of "$i")
    for t in ed25519 ecdsa; do
      k="$nd/ssh_host_${t}_key"
      rm -f "$k" "$k.pub"
      ssh-keygen -q -t "$t" -N '' -C "$name" -f "$k"
      printf '%s %s\n' "$addr" "$(cut -d' ' -f1,2 "$k.pub")" >>"$sd/known_hosts"
    done
    # No command substitution inside the here-documents: a trap firing while bash parses one
    # confuses its parser.
    cat >"$nd/sshd_config" <<EOF
# sshd of $name, written by swarm-lab.sh
ListenAddress $addr:22
HostKey $nd/ssh_host_ed25519_key
HostKey $nd/ssh_host_ecdsa_key
PidFile $rd/sshd.pid
UsePAM no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
AuthorizedKeysFile $sd/authorized_keys
StrictModes no
PrintMotd no
UseDNS no
Subsystem sftp internal-sftp
# A session's docker CLI talks to this node's own dockerd.
SetEnv DOCKER_HOST=unix://$rd/docker.sock
EOF
    rm -f "$rd/sshd.pid"
    setsid ip netns exec "$(netns_of "$i")" unshare --uts "$SELF" __exec-sshd "$i" \
      </dev/null >>"$nd/sshd.log" 2>&1 7>&- 8>&- 9>&- &
  done
  cat >"$sd/config" <<EOF
# ssh -F $sd/config root@$SUBNET.11
Host $SUBNET.*
  User root
  IdentityFile $sd/id_ed25519
  IdentityFile $sd/id_ecdsa
  IdentitiesOnly yes
  UserKnownHostsFile $sd/known_hosts
  StrictHostKeyChecking yes
  BatchMode yes
  ConnectTimeout 5
EOF
  local t0
  for i in $(seq 1 "$NODES"); do
    t0=$(date +%s)
    until [ "$(ssh -F "$sd/config" "root@$(addr_of "$i")" hostname 2>/dev/null)" = "$(hostname_of "$i")" ]; do
      [ $(($(date +%s) - t0)) -lt 20 ] || { tail -n 5 "$(node_dir "$i")/sshd.log" >&2; die "sshd of node $i does not answer"; }
      sleep 0.3
    done
  done
}

# ---------------------------------------------------------------------------------------------
# commands

cmd_up() {
  local n="" a
  while [ $# -gt 0 ]; do
    a=$1
    shift
    case "$a" in
      --managers) MANAGERS=${1:?--managers needs a number}; shift ;;
      --managers=*) MANAGERS=${a#*=} ;;
      --ssh) WITH_SSH=1 ;;
      --no-ssh) WITH_SSH=0 ;;
      --no-swarm) WITH_SWARM=0 ;;
      --heartbeat) HEARTBEAT=${1:?--heartbeat needs a duration such as 2s}; shift ;;
      --heartbeat=*) HEARTBEAT=${a#*=} ;;
      [0-9]*) n=$a ;;
      *) die "up: unknown argument '$a'" ;;
    esac
  done
  in_range "$n" 1 "$MAX_NODES" || die "up N: N from 1 to $MAX_NODES"
  in_range "$MANAGERS" 1 "$n" || die "--managers M: M from 1 to N"
  local want_managers=$MANAGERS want_ssh=$WITH_SSH want_swarm=$WITH_SWARM want_hb=$HEARTBEAT
  [ "$(id -u)" -eq 0 ] || die "the lab needs root"
  lock
  if load_state; then
    if [ -n "$(alive_nodes)" ]; then die "a lab is already up in $LAB_DIR; run '$0 down' first"; fi
    log "clearing what a previous lab left"
    teardown
  fi
  MANAGERS=$want_managers WITH_SSH=$want_ssh WITH_SWARM=$want_swarm HEARTBEAT=$want_hb NODES=$n
  rm -f "$LAB_DIR"/n*/*.log   # each lab's logs start empty; start-node appends
  local t0
  t0=$(now)
  cmd_install
  local why
  why=$(cmd_can_run) || die "this machine cannot host the lab: $why"
  pick_subnet
  RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/flab-$LAB_ID.XXXXXX")
  chmod 755 "$RUN_DIR"
  save_state
  # A trap can fire inside a command whose output goes to /dev/null: keep the real stdout/stderr.
  exec 7>&1 8>&2
  trap 'up_failed' EXIT
  trap 'exit 130' INT TERM

  log "network: bridge $BRIDGE $SUBNET.1/24, nodes $(addr_of 1)..$(addr_of "$NODES")"
  setup_network
  local i
  for i in $(seq 1 "$NODES"); do mkdir -p "$(run_node_dir "$i")"; start_dockerd "$i"; done
  for i in $(seq 1 "$NODES"); do wait_dockerd "$i"; done
  log "dockerd up on $NODES nodes ($(since "$t0") s)"
  build_image
  log "image $IMAGE on every node ($(since "$t0") s)"
  if [ "$WITH_SWARM" -eq 1 ]; then
    form_swarm
    wait_ready all 90 || { dk 1 node ls >&2 || true; die "not every node became Ready within 90 s"; }
    log "swarm: $MANAGERS manager(s), $((NODES - MANAGERS)) worker(s), all Ready ($(since "$t0") s)"
  fi
  if [ "$WITH_SSH" -eq 1 ]; then
    setup_ssh
    log "sshd on every node ($(since "$t0") s)"
  fi
  trap - EXIT INT TERM
  cmd_env >"$LAB_DIR/lab.env"
  log "lab up in $(since "$t0") s; source its environment with: set -a; . $LAB_DIR/lab.env; set +a"
  for i in $(seq 1 "$NODES"); do
    printf '%s  %-8s %-12s DOCKER_HOST=unix://%s%s\n' "$(hostname_of "$i")" "$(role_of "$i")" "$(addr_of "$i")" \
      "$(sock_of "$i")" "$([ "$WITH_SSH" -eq 1 ] && printf '  ssh://root@%s' "$(addr_of "$i")")"
  done
}

up_failed() {
  local rc=$?
  trap - EXIT INT TERM
  exec 1>&7 2>&8
  log "up failed (exit $rc): tearing the half-built lab down"
  teardown
  exit "$rc"
}

alive_nodes() {
  local i
  for i in $(seq 1 "$NODES"); do
    if dockerd_pid "$i" >/dev/null; then printf '%s ' "$i"; fi
  done
}

cmd_down() {
  [ "$(id -u)" -eq 0 ] || die "the lab needs root"
  lock
  local t0
  t0=$(now)
  load_state || true
  teardown
  log "lab down ($(since "$t0") s)"
}

# Everything a lab (whole or half-built) may have left, in order. Every step tolerates absence.
teardown() {
  # Nodes: from the state, else from the namespaces and directories that exist.
  local n=$NODES d
  for d in "$LAB_DIR"/n*; do
    [ -d "$d" ] || continue
    d=${d##*/n}
    if [[ "$d" =~ ^[0-9]+$ ]] && [ "$d" -gt "$n" ]; then n=$d; fi
  done
  while read -r d _; do
    d=${d#"flab$LAB_ID-n"}
    if [[ "$d" =~ ^[0-9]+$ ]] && [ "$d" -gt "$n" ]; then n=$d; fi
  done < <(ip netns list 2>/dev/null | grep "^flab$LAB_ID-n" || true)
  NODES=$n
  local run_dirs=()
  [ -z "$RUN_DIR" ] || run_dirs+=("$RUN_DIR")
  for d in "${TMPDIR:-/tmp}"/flab-"$LAB_ID".*; do
    if [ -d "$d" ] && [ "$d" != "$RUN_DIR" ]; then run_dirs+=("$d"); fi
  done

  local i alive m pid bg=()
  if [ -n "$RUN_DIR" ]; then
    alive=$(alive_nodes)
    # Services first, so that the swarm stops rescheduling what we remove next.
    if m=$(live_manager); then
      local svcs=()
      mapfile -t svcs < <(timeout 20 docker -H "unix://$(sock_of "$m")" service ls -q 2>/dev/null || true)
      if [ ${#svcs[@]} -gt 0 ]; then
        log "removing ${#svcs[@]} service(s)"
        timeout 30 docker -H "unix://$(sock_of "$m")" service rm "${svcs[@]}" >/dev/null 2>&1 || true
      fi
    fi
    for i in $alive; do
      (
        local cs=()
        mapfile -t cs < <(timeout 20 docker -H "unix://$(sock_of "$i")" ps -aq 2>/dev/null || true)
        [ ${#cs[@]} -eq 0 ] || timeout 30 docker -H "unix://$(sock_of "$i")" rm -f -v "${cs[@]}" >/dev/null 2>&1 || true
      ) &
      bg+=("$!")
    done
    wait_for_jobs "${bg[@]}"
    bg=()
    # Workers leave before managers; the first manager last.
    for i in $alive; do
      [ "$i" -gt "$MANAGERS" ] || continue
      timeout 20 docker -H "unix://$(sock_of "$i")" swarm leave --force >/dev/null 2>&1 &
      bg+=("$!")
    done
    wait_for_jobs "${bg[@]}"
    bg=()
    for i in $(tr ' ' '\n' <<<"$alive" | sort -rn); do
      [ "$i" -le "$MANAGERS" ] || continue
      timeout 20 docker -H "unix://$(sock_of "$i")" swarm leave --force >/dev/null 2>&1 || true
    done
    for i in $alive; do
      if pid=$(dockerd_pid "$i"); then stop_pid TERM "$pid" 20 & bg+=("$!"); fi
    done
    for i in $(seq 1 "$NODES"); do
      if pid=$(sshd_pid "$i"); then stop_pid TERM "$pid" 5 & bg+=("$!"); fi
    done
    wait_for_jobs "${bg[@]}"
  fi
  for d in "${run_dirs[@]}"; do reap "$d"; done

  for i in $(seq 1 "$NODES"); do
    ip netns del "$(netns_of "$i")" 2>/dev/null || true
    ip link del "$(veth_of "$i")" 2>/dev/null || true
  done
  ip link del "$BRIDGE" 2>/dev/null || true
  if command -v iptables >/dev/null 2>&1; then
    while iptables -w -D FORWARD -i "$BRIDGE" -o "$BRIDGE" -m comment --comment "$IPT_COMMENT" -j ACCEPT 2>/dev/null; do :; done
  fi

  for d in "${run_dirs[@]}"; do safe_rm "$d"; done
  for i in $(seq 1 "$NODES"); do safe_rm "$(node_dir "$i")/data"; done
  rm -f "$STATE_FILE" "$LAB_DIR/lab.env"
  RUN_DIR="" NODES=0
}

# Ends what is left of the lab that used run directory $1: its containers (found by their ids in
# the node data roots), then any process whose command line names $1 (dockerd, containerd, shims,
# sshd). Each by pid.
reap() {
  local rd=$1 ids="" pids=() p
  for p in "$LAB_DIR"/n*/data/containers/*; do
    p=${p##*/}
    if [[ "$p" =~ ^[0-9a-f]{64}$ ]]; then ids+="$p"$'\n'; fi
  done
  ids=${ids%$'\n'}
  if [ -n "$ids" ]; then
    while read -r p; do
      p=${p#/proc/}; p=${p%/cgroup}
      if [ "$p" != $$ ]; then pids+=("$p"); fi
    done < <(grep -lF "$ids" /proc/[0-9]*/cgroup 2>/dev/null || true)
    if [ ${#pids[@]} -gt 0 ]; then
      log "killing ${#pids[@]} leftover container process(es)"
      kill -KILL "${pids[@]}" 2>/dev/null || true
    fi
  fi
  pids=()
  for p in /proc/[0-9]*; do
    p=${p#/proc/}
    if [ "$p" != $$ ] && [ "$p" != "$BASHPID" ] && pid_matches "$p" "$rd/"; then pids+=("$p"); fi
  done
  if [ ${#pids[@]} -gt 0 ]; then
    log "ending ${#pids[@]} leftover lab process(es): ${pids[*]}"
    local bg=()
    for p in "${pids[@]}"; do stop_pid TERM "$p" 10 & bg+=("$!"); done
    wait_for_jobs "${bg[@]}"
  fi
}

# rm -rf that refuses to cross a mount point.
safe_rm() {
  local d=$1
  [ -e "$d" ] || return 0
  if awk -v d="$d" '$5 == d || index($5, d "/") == 1 { f = 1 } END { exit !f }' /proc/self/mountinfo; then
    log "warning: something is mounted under $d; leaving it"
    return 0
  fi
  rm -rf --one-file-system "$d"
}

cmd_env() {
  load_state || die "no lab is up in $LAB_DIR"
  local i
  printf 'FLOTILLA_LAB_DIR=%q\n' "$LAB_DIR"
  printf 'FLOTILLA_LAB_NODES=%s\n' "$NODES"
  printf 'FLOTILLA_LAB_MANAGERS=%s\n' "$MANAGERS"
  printf 'FLOTILLA_LAB_SWARM=%s\n' "$([ "$WITH_SWARM" -eq 1 ] && echo yes || echo no)"
  printf 'FLOTILLA_LAB_IMAGE=%s\n' "$IMAGE"
  printf 'FLOTILLA_LAB_SUBNET=%s.0/24\n' "$SUBNET"
  printf 'FLOTILLA_LAB_IPVS=%s\n' "$([ -d /proc/sys/net/ipv4/vs ] && echo yes || echo no)"
  printf 'FLOTILLA_LAB_BRIDGE=%s\n' "$BRIDGE"
  printf 'FLOTILLA_LAB_RUN_DIR=%q\n' "$RUN_DIR"
  printf 'DOCKER_HOST=%q\n' "unix://$(sock_of 1)"
  for i in $(seq 1 "$NODES"); do
    printf 'FLOTILLA_LAB_NODE_%s_DOCKER_HOST=%q\n' "$i" "unix://$(sock_of "$i")"
    printf 'FLOTILLA_LAB_NODE_%s_HOSTNAME=%s\n' "$i" "$(hostname_of "$i")"
    printf 'FLOTILLA_LAB_NODE_%s_ADDR=%s\n' "$i" "$(addr_of "$i")"
    printf 'FLOTILLA_LAB_NODE_%s_ROLE=%s\n' "$i" "$(role_of "$i")"
    printf 'FLOTILLA_LAB_NODE_%s_NETNS=%s\n' "$i" "$(netns_of "$i")"
    [ "$WITH_SSH" -eq 0 ] || printf 'FLOTILLA_LAB_NODE_%s_SSH=ssh://root@%s\n' "$i" "$(addr_of "$i")"
  done
  if [ "$WITH_SSH" -eq 1 ]; then
    printf 'FLOTILLA_LAB_SSH_KEY=%q\n' "$LAB_DIR/ssh/id_ecdsa"
    printf 'FLOTILLA_LAB_SSH_KEY_ED25519=%q\n' "$LAB_DIR/ssh/id_ed25519"
    printf 'FLOTILLA_LAB_SSH_KNOWN_HOSTS=%q\n' "$LAB_DIR/ssh/known_hosts"
    printf 'FLOTILLA_LAB_SSH_CONFIG=%q\n' "$LAB_DIR/ssh/config"
  fi
}

cmd_status() {
  load_state || { echo "no lab in $LAB_DIR"; return 1; }
  local i pid ok=0 state
  printf '%-11s %-8s %-12s %-8s %-10s %s\n' NODE ROLE ADDRESS DOCKERD SWARM SSHD
  for i in $(seq 1 "$NODES"); do
    state=-
    if pid=$(dockerd_pid "$i"); then
      state=$(dk "$i" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null || echo '?')
    else
      pid=down
      ok=1
    fi
    printf '%-11s %-8s %-12s %-8s %-10s %s\n' "$(hostname_of "$i")" "$(role_of "$i")" "$(addr_of "$i")" \
      "$pid" "$state" "$(sshd_pid "$i" || echo -)"
  done
  if i=$(live_manager); then
    echo
    dk "$i" node ls
  fi
  return "$ok"
}

node_arg() {
  in_range "${1:-}" 1 "$NODES" || die "node index from 1 to $NODES expected"
}

cmd_kill_node() {
  [ "$(id -u)" -eq 0 ] || die "the lab needs root"
  load_state || die "no lab is up in $LAB_DIR"
  node_arg "${1:-}"
  local i=$1 sig=KILL pid
  [ "${2:-}" != --term ] || sig=TERM
  lock
  pid=$(dockerd_pid "$i") || { log "dockerd of node $i is not running"; return 0; }
  stop_pid "$sig" "$pid" 30
  # The containerd it started dies with it (parent-death signal) but not at the same instant; a
  # dockerd started meanwhile would find it still "running", wait on its socket and give up.
  local c t=0
  while c=$(containerd_pid "$i") && [ "$t" -lt 100 ]; do sleep 0.1; t=$((t + 1)); done
  if c=$(containerd_pid "$i"); then stop_pid TERM "$c" 10; fi
  log "dockerd of $(hostname_of "$i") (pid $pid) ended with SIG$sig"
}

cmd_start_node() {
  [ "$(id -u)" -eq 0 ] || die "the lab needs root"
  load_state || die "no lab is up in $LAB_DIR"
  node_arg "${1:-}"
  local i=$1 t0
  lock
  if dockerd_pid "$i" >/dev/null; then log "dockerd of node $i is already running"; return 0; fi
  t0=$(now)
  # A containerd pidfile naming a dead or zombie process would make dockerd wait for it in vain.
  containerd_pid "$i" >/dev/null || rm -f "$(run_node_dir "$i")/exec/containerd/containerd.pid"
  start_dockerd "$i"
  wait_dockerd "$i"
  if [ "$(dk "$i" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null)" != inactive ]; then
    wait_ready "$i" 90 || die "$(hostname_of "$i") did not become Ready within 90 s"
  fi
  log "dockerd of $(hostname_of "$i") back ($(since "$t0") s)"
}

# Runs inside the node's network namespace (ip netns exec: a private mount namespace with /sys
# mounted anew) and its own UTS namespace (unshare --uts), then becomes dockerd.
exec_dockerd() {
  local i=$1 type dir opts
  load_state || die "no lab state"
  hostname_of "$i" >/proc/sys/kernel/hostname
  # The fresh /sys hides the cgroup hierarchies; dockerd then fails with "Devices cgroup isn't
  # mounted". Mount them again, as the host has them.
  while read -r type dir opts; do
    [ -n "$type" ] || continue
    mkdir -p "$dir"
    if [ "$type" = tmpfs ]; then
      mount -t tmpfs -o mode=755 cgroup "$dir"
    elif [ "$opts" = - ]; then
      mount -t "$type" "$type" "$dir"
    else
      mount -t "$type" -o "$opts" "$type" "$dir"
    fi
  done <<<"${FLAB_CGROUPS:-}"
  local nd rd
  nd=$(node_dir "$i")
  rd=$(run_node_dir "$i")
  export DOCKER_SERVICE_PREFER_OFFLINE_IMAGE=1
  unset DOCKER_HOST DOCKER_CONTEXT FLAB_CGROUPS
  exec dockerd \
    --config-file "$nd/daemon.json" \
    --data-root "$nd/data" \
    --exec-root "$rd/exec" \
    --pidfile "$rd/dockerd.pid" \
    -H "unix://$rd/docker.sock" \
    ${STORAGE_DRIVER:+--storage-driver "$STORAGE_DRIVER"} \
    --log-level warn
}

exec_sshd() {
  local i=$1
  load_state || die "no lab state"
  hostname_of "$i" >/proc/sys/kernel/hostname
  exec /usr/sbin/sshd -D -e -f "$(node_dir "$i")/sshd_config"
}

usage() {
  sed -n '2,/^set -euo/p' "$SELF" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

main() {
  local cmd=${1:-}
  [ $# -eq 0 ] || shift
  case "$cmd" in
    can-run) cmd_can_run ;;
    install) cmd_install ;;
    up) cmd_up "$@" ;;
    down) cmd_down ;;
    env) cmd_env ;;
    status) cmd_status ;;
    kill-node) cmd_kill_node "$@" ;;
    start-node) cmd_start_node "$@" ;;
    __exec-dockerd) exec_dockerd "$@" ;;
    __exec-sshd) exec_sshd "$@" ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
