# Finds a JDK >= 21 for Flotilla's build and launcher (sourced by ./mvnw and ./flotilla).
# Current Eclipse bundles declare JavaSE-21; Debian 12's default JDK is 17.
flotilla_java_major() {
  # A JDK's release file names its version; reading it costs nothing, starting a JVM to ask costs ~0.1 s. Read by
  # bash itself: the window's launcher asks this of every JDK it tries, and each sed was a process to start.
  local version="" line
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      if [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        version="${BASH_REMATCH[1]}"
        break
      fi
    done <"$1/release"
  fi
  if [ -z "$version" ]; then
    version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
  fi
  echo "$version"
}

flotilla_java_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if [ "$(flotilla_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  cat >&2 <<'MSG'
Flotilla needs a JDK 21 or newer, and none was found (checked JAVA_HOME and /usr/lib/jvm/*).
Install one, for example Eclipse Temurin 21+ (Adoptium's apt repository: temurin-21-jdk),
or an OpenJDK 21+ package, then set JAVA_HOME to it.
MSG
  return 1
}
