#!/bin/sh
# Records `docker COMMAND --help` for every docker command the simulator emulates, as the docker CLI
# prints it (no daemon needed). CommandHelpTest compares the emulator's own help with this recording.
# Usage: tests/flotilla.docker.tests/help/record.sh > tests/flotilla.docker.tests/help/docker-help.txt
set -eu
echo "# $(docker --version): docker COMMAND --help, 80 columns"
for c in "" "swarm" "swarm init" "swarm join" "swarm update" "node" "node ls" "node ps" "node inspect" "node update" "node rm" \
    "node promote" "node demote" "service" "service create" "service update" "service scale" "service rm" \
    "service ls" "service ps" "service inspect" "service rollback" "network" "network create" "network ls" \
    "network rm" "network inspect" "secret" "secret create" "secret ls" "secret rm" "secret inspect" \
    "config" "config create" "config ls" "config rm" "config inspect" "stack" "stack deploy" "stack ls" \
    "stack ps" "stack services" "stack rm" "ps" "kill" "stop"; do
    echo "=== docker $c" | sed 's/ $//'
    # shellcheck disable=SC2086
    COLUMNS=80 docker $c --help </dev/null
done
