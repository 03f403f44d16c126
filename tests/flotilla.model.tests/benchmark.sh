#!/usr/bin/env bash
# Runs a main of the model bundles outside OSGi, on the classes the reactor build left in target/:
#   tests/flotilla.model.tests/benchmark.sh                      the load/save benchmark (~100,000 elements)
#   tests/flotilla.model.tests/benchmark.sh NODES SERVICES       the same on another size
#   MAIN=flotilla.model.examples.ExampleClusters tests/flotilla.model.tests/benchmark.sh examples
#                                                                rewrites examples/ from the generator
# Build first (./mvnw verify). EMF comes from the local Maven repository, at the target platform's versions.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../../releng/java-home.sh
source "$root/releng/java-home.sh"
JAVA_HOME="$(flotilla_java_home)" || exit 1

repository="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
classpath="$root/bundles/flotilla.model/target/classes:$here/target/classes"
for artifact in org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi; do
  version="$(sed -n "/<artifactId>$artifact<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p}" "$root/target-platform/flotilla.target")"
  if [ -z "$version" ]; then
    # emf.common is not named in the target: take the version ecore's pom asks for.
    version="$(ls "$repository/org/eclipse/emf/$artifact" | grep -E '^[0-9.]+$' | sort -V | tail -1)"
  fi
  classpath="$classpath:$repository/org/eclipse/emf/$artifact/$version/$artifact-$version.jar"
done
for classes in "$root/bundles/flotilla.model/target/classes" "$here/target/classes"; do
  [ -d "$classes" ] || { echo "benchmark.sh: $classes is missing: run ./mvnw verify first" >&2; exit 1; }
done
cd "$root"
exec "$JAVA_HOME/bin/java" -cp "$classpath" "${MAIN:-flotilla.model.tests.LoadSaveBenchmark}" "$@"
