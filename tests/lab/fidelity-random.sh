#!/usr/bin/env bash
# The random differential run: random docker scripts run on the real-swarm lab and on the simulator;
# every script on which they disagree becomes a new case of the fidelity corpus (tests/fidelity).
#
#   fidelity-random.sh [--keep-lab] [COUNT] [SEED]
#                                          COUNT scripts (default 10) from SEED (default: the time);
#                                          --keep-lab records on the lab already up (see record-fidelity.sh)
#   fidelity-random.sh --generate-only DIR COUNT SEED
#                                          only write the scripts (no lab, no build)
#   fidelity-random.sh --record-only DIR COUNT SEED
#                                          write and record them on the lab up in FLOTILLA_LAB_DIR
#                                          (the short run inside the build's lab does this, then replays)
#
# Steps: writes COUNT scripts to target/fidelity-random/SEED/, records them on a lab of its own
# (record-fidelity.sh, about 30-60 s a script), then replays them in the docker command emulator's
# test bundle (FidelityRandomRunTest, through Maven) which copies each disagreeing script and its
# recording into tests/fidelity as random-SEED-N and fails naming them. Needs what the lab needs
# (root, ip netns) and a built reactor for `./mvnw -o`.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

# One random script on stdout, from bash's RANDOM (seeded by the caller).
generate() {
    local steps=$((4 + RANDOM % 4)) i services=() globals=() host_ports=() down=no paused=()
    local constraints=("node.role==manager" "node.role!=manager" "node.labels.zone==a" "node.hostname!=lab-node-2")
    echo "# A random script (tests/lab/fidelity-random.sh)."
    for ((i = 0; i < steps; i++)); do
        local all=("${services[@]}" "${globals[@]}") pick
        case $((RANDOM % 11)) in
            0 | 1)
                if [ ${#all[@]} -lt 3 ]; then
                    local name="s$(( ${#all[@]} + 1 ))" extra=""
                    [ $((RANDOM % 3)) -eq 0 ] && extra+=" --constraint ${constraints[RANDOM % 4]}"
                    [ $((RANDOM % 4)) -eq 0 ] && extra+=" --replicas-max-per-node $((1 + RANDOM % 2))"
                    [ $((RANDOM % 5)) -eq 0 ] && extra+=" --reserve-memory 9G"
                    [ $((RANDOM % 5)) -eq 0 ] && extra+=" --publish mode=host,target=8080,published=1808$i" && host_ports+=("$name")
                    echo "docker service create --name $name --replicas $((RANDOM % 7))$extra --endpoint-mode dnsrr \$IMAGE sleep 3600"
                    services+=("$name")
                fi ;;
            2)
                if [ ${#all[@]} -lt 3 ]; then
                    local name="s$(( ${#all[@]} + 1 ))" extra=""
                    [ $((RANDOM % 2)) -eq 0 ] && extra+=" --constraint ${constraints[RANDOM % 4]}"
                    [ $((RANDOM % 3)) -eq 0 ] && extra+=" --publish mode=host,target=8080,published=1809$i" && host_ports+=("$name")
                    echo "docker service create --name $name --mode global$extra --endpoint-mode dnsrr \$IMAGE sleep 3600"
                    globals+=("$name")
                fi ;;
            3)
                [ ${#services[@]} -gt 0 ] && echo "docker service scale ${services[RANDOM % ${#services[@]}]}=$((RANDOM % 7))" ;;
            4)
                if [ ${#all[@]} -gt 0 ]; then
                    pick=${all[RANDOM % ${#all[@]}]}
                    local update=$((RANDOM % 5))
                    # A rolling update of a replicated host-port service while a node is paused sticks on a slot
                    # that swarm picks in Go map order: which tasks end up replaced is chance, not a rule to compare
                    # (random-228426-3; the rule itself is the case update-force-paused-node-host-port).
                    if [[ " ${host_ports[*]} " == *" $pick "* && " ${services[*]} " == *" $pick "* \
                        && ${#paused[@]} -gt 0 ]]; then
                        continue
                    fi
                    case $update in
                        0) echo "docker service update --env-add V=$i $pick" ;;
                        1) echo "docker service update --constraint-add ${constraints[RANDOM % 4]} $pick" ;;
                        2) echo "docker service update --force $pick" ;;
                        3)
                            # A start-first update of a host-port service sticks on the first slot or node it
                            # takes, and swarm takes them in Go map order: which tasks end up updated is chance,
                            # not a rule to compare (tests/fidelity/random-211270-1). Such a service updates
                            # stop-first here.
                            if [[ " ${host_ports[*]} " == *" $pick "* ]]; then
                                echo "docker service update --env-add V=$i $pick"
                            else
                                echo "docker service update --update-order start-first --env-add V=$i $pick"
                            fi ;;
                        *) echo "docker service rollback $pick" ;;
                    esac
                fi ;;
            5 | 6)
                local avail=(active pause drain) availability node
                availability=${avail[RANDOM % 3]}
                node=lab-node-$((2 + RANDOM % 2))
                echo "docker node update --availability $availability $node"
                paused=(${paused[@]/$node/})
                [ "$availability" = pause ] && paused+=("$node") ;;
            7)
                if [ $((RANDOM % 2)) -eq 0 ]; then
                    echo "docker node update --label-add zone=$([ $((RANDOM % 2)) -eq 0 ] && echo a || echo b) lab-node-$((1 + RANDOM % 3))"
                else
                    echo "docker node update --label-rm zone lab-node-$((1 + RANDOM % 3))"
                fi ;;
            8)
                if [ "$down" = no ]; then
                    echo "sim node-down lab-node-3"
                    down=yes
                else
                    echo "sim node-up lab-node-3"
                    down=no
                fi ;;
            9)
                # Restarts, retention, rolling updates with delays, volume plugins, jobs.
                if [ ${#all[@]} -lt 3 ]; then
                    local name="s$(( ${#all[@]} + 1 ))"
                    case $((RANDOM % 4)) in
                        0) echo "docker service create --name $name --replicas $((1 + RANDOM % 3)) --restart-delay 1s --restart-max-attempts $((1 + RANDOM % 2)) --endpoint-mode dnsrr \$IMAGE sh -c 'sleep 2; exit 1'" ;;
                        1) echo "docker service create --name $name --replicas $((1 + RANDOM % 4)) --update-delay $((RANDOM % 3))s --update-monitor $((1 + RANDOM % 3))s --update-parallelism $((RANDOM % 3)) --endpoint-mode dnsrr \$IMAGE sleep 3600" ;;
                        2) echo "docker service create --name $name --replicas $((RANDOM % 3)) --mount type=volume,source=v$i,target=/data,volume-driver=$([ $((RANDOM % 2)) -eq 0 ] && echo local || echo nosuchplugin) --endpoint-mode dnsrr \$IMAGE sleep 3600" ;;
                        *) echo "docker service create --name $name --mode replicated-job --replicas $((1 + RANDOM % 4)) --max-concurrent $((1 + RANDOM % 2)) \$IMAGE sleep 1" ;;
                    esac
                    services+=("$name")
                elif [ ${#all[@]} -gt 0 ]; then
                    echo "docker service rm ${all[RANDOM % ${#all[@]}]}"
                fi ;;
            *)
                [ ${#all[@]} -gt 0 ] && echo "docker service rm ${all[RANDOM % ${#all[@]}]}" ;;
        esac
    done
    # Swarm places replicated tasks on tied nodes at random; global ones are placed by rule.
    [ ${#services[@]} -eq 0 ] || echo "# ties: ${services[*]}"
    # So also how many of their tasks a drain or a lost node stops: their history compares as a set.
    [ ${#services[@]} -eq 0 ] || echo "# history: set"
    return 0
}

write_scripts() { # DIR COUNT SEED
    local dir=$1 count=$2 seed=$3 n
    mkdir -p "$dir"
    RANDOM=$seed
    for ((n = 1; n <= count; n++)); do
        generate >"$dir/random-$seed-$n.docker"
    done
}

if [ "${1:-}" = --generate-only ]; then
    write_scripts "$2" "$3" "$4"
    exit 0
fi
if [ "${1:-}" = --record-only ]; then
    write_scripts "$2" "$3" "$4"
    "$HERE/record-fidelity.sh" --keep-lab "$2"/*.docker
    exit 0
fi
KEEP=()
if [ "${1:-}" = --keep-lab ]; then
    KEEP=(--keep-lab)
    shift
fi
COUNT=${1:-10}
SEED=${2:-$(date +%s)}
DIR="$REPO/target/fidelity-random/$SEED"
write_scripts "$DIR" "$COUNT" "$SEED"
"$HERE/record-fidelity.sh" "${KEEP[@]}" "$DIR"/*.docker
M=target-platform,bundles/flotilla.model,bundles/flotilla.model.edit,bundles/flotilla.engine,bundles/flotilla.exchange,bundles/flotilla.docker
cd "$REPO"
./mvnw -o -q verify -pl "$M,tests/flotilla.docker.tests" -Dflotilla.lab=skip -Dflotilla.test.groups=lab-run -Dflotilla.test.excludedGroups=none -Dflotilla.fidelity.random.dir="$DIR"
echo "the simulator agreed with the real swarm on all $COUNT random scripts (seed $SEED)"
