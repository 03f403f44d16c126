#!/usr/bin/env bash
# Records the fidelity corpus (tests/fidelity/*.docker) on the real-swarm lab.
#
#   record-fidelity.sh [CASE.docker ...]     record the given cases (default: every case), each
#                                            into CASE.rec beside it
#   record-fidelity.sh --keep-lab ...        use (and leave up, bare) the lab already up in
#                                            FLOTILLA_LAB_DIR instead of starting and stopping one
#
# A case is a script of the simulator's language run line by line against the lab's manager:
#   docker ...                  the docker CLI (service create/update/scale/rollback get --detach,
#                               create/update --no-resolve-image, stack deploy --resolve-image never,
#                               so nothing is pulled and the recorder does the waiting)
#   sim node-down lab-node-N    the node's dockerd is killed (swarm-lab.sh kill-node N)
#   sim node-up lab-node-N      it starts again and rejoins (swarm-lab.sh start-node N)
#   @lab-node-N docker ...      the docker CLI against node N's own daemon
#   # ...                       a comment; "# ties: SERVICE..." names services whose tasks swarm
#                               places on tied nodes at random (compared as per-node counts);
#                               "# observe: docker ..." adds a command to the observation;
#                               "# timed: SERVICE..." compares how long their last update took
#                               "# lab: UP-ARGS" records the case on a lab of its own, started with
#                               these extra swarm-lab.sh up arguments (e.g. --managers 3)
#   $IMAGE                      the lab's image
# After every line the recorder waits until the swarm has settled: no task on its way (New,
# Pending without a reason, Assigned, Accepted, Preparing, Ready, Starting, Remove), no update or
# rollback in progress, and the observation below unchanged for SETTLE_SECONDS; or, when something
# stays on its way (an update that cannot place its task), the observation unchanged for STUCK_SECONDS. Then it writes
# CASE.rec: the nodes' resources, every line's exit status, and the observation: each section
# header is the command (run on the manager, or "@NODE" on that node) whose output follows, so the
# simulator's replay (FidelityCorpusTest) runs exactly the same commands.
#
# Needs root and what swarm-lab.sh needs. Environment: FLOTILLA_LAB_DIR (default
# target/swarm-lab-fidelity), SETTLE_SECONDS (default 5), STUCK_SECONDS (default 20), SETTLE_TIMEOUT
# (default 120).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
LAB="$HERE/swarm-lab.sh"
CORPUS="$REPO/tests/fidelity"
export FLOTILLA_LAB_DIR=${FLOTILLA_LAB_DIR:-$REPO/target/swarm-lab-fidelity}
SETTLE_SECONDS=${SETTLE_SECONDS:-5}
STUCK_SECONDS=${STUCK_SECONDS:-20}
SETTLE_TIMEOUT=${SETTLE_TIMEOUT:-120}
KEEP_LAB=no
EXTRA_OBSERVATIONS=()

if [ "${1:-}" = "--keep-lab" ]; then
    KEEP_LAB=yes
    shift
fi
CASES=("$@")
if [ ${#CASES[@]} -eq 0 ]; then
    mapfile -t CASES < <(ls "$CORPUS"/*.docker)
fi

# The extra `swarm-lab.sh up` arguments a case declares ("# lab: --managers 3"); empty for the default lab.
lab_args() { sed -n 's/^# lab: *//p' "$1" | head -1; }

lab_up() { # EXTRA-UP-ARGS...
    # A previous lab's environment names its subnet as a CIDR, which `up` would take for its choice.
    env -u FLOTILLA_LAB_SUBNET "$LAB" up 3 --no-ssh --heartbeat 1s "$@" >/dev/null
    set -a
    # shellcheck disable=SC1090
    . <("$LAB" env)
    set +a
    MANAGER=$DOCKER_HOST
    KILLED=()
}

if [ "$KEEP_LAB" = no ]; then
    trap '"$LAB" down >/dev/null 2>&1 || true' EXIT
    lab_up
else
    set -a
    # shellcheck disable=SC1090
    . <("$LAB" env)
    set +a
    MANAGER=$DOCKER_HOST
    KILLED=()
fi

# A stopped manager answers nothing: the recorder then asks the first manager still running, as an
# operator would (swarm-lab.sh makes nodes 1..FLOTILLA_LAB_MANAGERS managers).
follow_managers() {
    local i
    for i in $(seq 1 "${FLOTILLA_LAB_MANAGERS:-1}"); do
        if [[ " ${KILLED[*]} " != *" $i "* ]]; then
            MANAGER=$(node_host "lab-node-$i")
            return
        fi
    done
}

node_host() { # lab-node-N -> that node's DOCKER_HOST
    local n=${1#lab-node-}
    local var="FLOTILLA_LAB_NODE_${n}_DOCKER_HOST"
    echo "${!var}"
}

d() { DOCKER_HOST=$MANAGER timeout 60 docker "$@"; }

services() { d service ls --format '{{.Name}}' 2>/dev/null | sort; }

# The observation, one section per command; the same commands the replay runs on the simulator.
observe() {
    local svc i
    echo "### docker node ls --format '{{.Hostname}} {{.Status}} {{.Availability}}'"
    d node ls --format '{{.Hostname}} {{.Status}} {{.Availability}}' 2>&1 || true
    echo "### docker service ls --format '{{.Name}} {{.Mode}} {{.Replicas}} {{.Ports}}'"
    d service ls --format '{{.Name}} {{.Mode}} {{.Replicas}} {{.Ports}}' 2>&1 || true
    for svc in $(services); do
        echo "### docker service ps $svc --no-trunc --format '{{.Name}}|{{.Node}}|{{.DesiredState}}|{{.CurrentState}}|{{.Error}}|{{.Ports}}'"
        d service ps "$svc" --no-trunc --format '{{.Name}}|{{.Node}}|{{.DesiredState}}|{{.CurrentState}}|{{.Error}}|{{.Ports}}' 2>&1 || true
        echo "### docker service inspect $svc --format '{{json .UpdateStatus}}'"
        d service inspect "$svc" --format '{{json .UpdateStatus}}' 2>&1 || true
    done
    for line in "${EXTRA_OBSERVATIONS[@]}"; do
        echo "### $line"
        line=${line//\$IMAGE/$FLOTILLA_LAB_IMAGE}
        eval "words=($line)"
        d "${words[@]:1}" 2>&1 || true
    done
    for i in $(seq 1 "$FLOTILLA_LAB_NODES"); do
        echo "### @lab-node-$i docker network ls --filter driver=overlay --format '{{.Name}}'"
        DOCKER_HOST=$(node_host "lab-node-$i") timeout 20 docker network ls --filter driver=overlay \
            --format '{{.Name}}' 2>/dev/null | sort || true
    done
}

# What settling looks at: the observation without timestamps ("Running 3 seconds ago" -> "Running").
snapshot() {
    observe | sed -E 's/\|([A-Za-z]+) [^|]*(ago|\))\|/|\1|/; s/"(StartedAt|CompletedAt)":"[^"]*",?//g'
}

transient() {
    grep -Eq '\|(New|Assigned|Accepted|Preparing|Ready|Starting|Remove)\||\|Pending\|\||"State":"(updating|rollback_started)"' <<<"$1"
}

settle() {
    local deadline=$((SECONDS + SETTLE_TIMEOUT)) last="" now stable_since=$SECONDS
    while [ $SECONDS -lt $deadline ]; do
        now=$(snapshot)
        if [ "$now" != "$last" ]; then
            last=$now
            stable_since=$SECONDS
        elif [ $((SECONDS - stable_since)) -ge "$SETTLE_SECONDS" ] \
            && { ! transient "$now" || [ $((SECONDS - stable_since)) -ge "$STUCK_SECONDS" ]; }; then
            return 0
        fi
        sleep 1
    done
    echo "  (not settled after ${SETTLE_TIMEOUT}s; recorded as it was)" >&2
}

wait_node() { # HOSTNAME STATUS
    local deadline=$((SECONDS + 90))
    while [ $SECONDS -lt $deadline ]; do
        if d node ls --format '{{.Hostname}} {{.Status}}' 2>/dev/null | grep -qx "$1 $2"; then
            return 0
        fi
        sleep 1
    done
    echo "  $1 never became $2" >&2
}

# Runs one script line on the lab; its exit status.
run_line() {
    local line=$1 words
    line=${line//\$IMAGE/$FLOTILLA_LAB_IMAGE}
    eval "words=($line)"
    case "${words[0]}" in
        sim)
            case "${words[1]}" in
                node-down)
                    "$LAB" kill-node "${words[2]#lab-node-}" >/dev/null
                    KILLED+=("${words[2]#lab-node-}")
                    follow_managers
                    wait_node "${words[2]}" Down ;;
                node-up)
                    "$LAB" start-node "${words[2]#lab-node-}" >/dev/null
                    KILLED=("${KILLED[@]/${words[2]#lab-node-}/}")
                    follow_managers ;;
                wait) ;;
                *) echo "  unsupported on the lab: $line" >&2; return 2 ;;
            esac
            ;;
        @lab-node-*)
            DOCKER_HOST=$(node_host "${words[0]#@}") timeout 60 "${words[@]:1}" ;;
        docker)
            local args=("${words[@]:1}")
            if [ "${args[0]}" = service ]; then
                case "${args[1]}" in
                    create | update)
                        args=(service "${args[1]}" --detach --no-resolve-image "${args[@]:2}") ;;
                    scale | rollback)
                        args=(service "${args[1]}" --detach "${args[@]:2}") ;;
                esac
            elif [ "${args[0]}" = stack ] && [ "${args[1]}" = deploy ]; then
                args=(stack deploy --resolve-image never "${args[@]:2}")
            fi
            (cd "$CORPUS" && d "${args[@]}") ;;
        echo) ;;
        *) echo "  unknown line: $line" >&2; return 2 ;;
    esac
}

# Back to a bare swarm of FLOTILLA_LAB_NODES Ready, active, unlabelled nodes.
reset_lab() {
    local stack svc net i name id
    for stack in $(d stack ls --format '{{.Name}}' 2>/dev/null); do d stack rm "$stack" >/dev/null 2>&1 || true; done
    for svc in $(services); do d service rm "$svc" >/dev/null 2>&1 || true; done
    for i in $(seq 1 "$FLOTILLA_LAB_NODES"); do
        "$LAB" start-node "$i" >/dev/null 2>&1 || true
    done
    # A node removed with --force leaves the swarm and joins again under its own name.
    local token
    token=$(d swarm join-token -q worker)
    for i in $(seq 2 "$FLOTILLA_LAB_NODES"); do
        name="lab-node-$i"
        if ! d node ls --format '{{.Hostname}} {{.Status}}' | grep -qx "$name Ready"; then
            for id in $(d node ls --format '{{.ID}} {{.Hostname}} {{.Status}}' | awk -v n="$name" '$2==n && $3!="Ready" {print $1}'); do
                d node rm --force "$id" >/dev/null 2>&1 || true
            done
            if ! d node ls --format '{{.Hostname}}' | grep -qx "$name"; then
                DOCKER_HOST=$(node_host "$name") docker swarm leave --force >/dev/null 2>&1 || true
                DOCKER_HOST=$(node_host "$name") docker swarm join --token "$token" "$FLOTILLA_LAB_NODE_1_ADDR:2377" >/dev/null
            fi
            wait_node "$name" Ready
        fi
    done
    for name in $(d node ls --format '{{.Hostname}}'); do
        local labels
        labels=$(d node inspect "$name" --format '{{range $k, $v := .Spec.Labels}}--label-rm {{$k}} {{end}}')
        # shellcheck disable=SC2086
        d node update --availability active $labels "$name" >/dev/null
    done
    # The recorder's lab runs with a 1 s heartbeat (a case may change it).
    d swarm update --dispatcher-heartbeat 1s >/dev/null 2>&1 || true
    for net in $(d network ls --filter driver=overlay --format '{{.Name}}'); do
        [ "$net" = ingress ] || d network rm "$net" >/dev/null 2>&1 || true
    done
    # Let the workers drop their overlays and the tasks' containers go.
    local deadline=$((SECONDS + 60))
    while [ $SECONDS -lt $deadline ]; do
        local left=0
        for i in $(seq 1 "$FLOTILLA_LAB_NODES"); do
            left=$((left + $(DOCKER_HOST=$(node_host "lab-node-$i") docker ps -q | wc -l)))
            left=$((left + $(DOCKER_HOST=$(node_host "lab-node-$i") docker network ls -q --filter driver=overlay | wc -l) - 1))
        done
        [ "$left" -eq 0 ] && break
        sleep 1
    done
}

record() {
    local case=$1 rec=${1%.docker}.rec line status statuses=() i
    echo "recording $(basename "$case")" >&2
    mapfile -t EXTRA_OBSERVATIONS < <(sed -n 's/^# observe: //p' "$case")
    reset_lab
    local nodes
    nodes=$(for i in $(seq 1 "$FLOTILLA_LAB_NODES"); do
        d node inspect "lab-node-$i" --format '{{.Description.Hostname}} {{.Spec.Role}} {{.Description.Resources.NanoCPUs}} {{.Description.Resources.MemoryBytes}} {{.Status.Addr}}'
    done)
    while IFS= read -r line || [ -n "$line" ]; do
        [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
        status=0
        run_line "$line" >/dev/null 2>&1 || status=$?
        statuses+=("$status")
        settle
    done <"$case"
    {
        echo "# Recorded on a real $FLOTILLA_LAB_NODES-node swarm$([ "${FLOTILLA_LAB_MANAGERS:-1}" -le 1 ] || echo " of $FLOTILLA_LAB_MANAGERS managers") (Engine $(d version --format '{{.Server.Version}}'), tests/lab/record-fidelity.sh)."
        echo "### nodes"
        echo "$nodes"
        echo "### exit"
        echo "${statuses[*]}"
        observe
    } >"$rec.tmp"
    mv "$rec.tmp" "$rec"
}

# Cases on the default lab first, then each case that declares a lab on a fresh one of its own (a
# lost quorum or a forced new cluster leaves nothing a reset could bring back).
for c in "${CASES[@]}"; do
    [ -n "$(lab_args "$c")" ] || record "$c"
done
if [ "$KEEP_LAB" = yes ]; then
    # A lab that was up before is left as found: bare, with the default heartbeat (5 s).
    reset_lab
    d swarm update --dispatcher-heartbeat 5s >/dev/null 2>&1 || true
fi
for c in "${CASES[@]}"; do
    args=$(lab_args "$c")
    [ -n "$args" ] || continue
    if [ "$KEEP_LAB" = yes ]; then
        echo "  $(basename "$c") declares its own lab ($args): not recorded with --keep-lab" >&2
        continue
    fi
    "$LAB" down >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    lab_up $args
    record "$c"
done
