# Sourced by ./parallax and ./run-tests: finds a JDK 21 or newer and exports JAVA_HOME for it.
# Looks at $JAVA_HOME, then the java on PATH, then every JDK under /usr/lib/jvm (newest first).

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}

find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" \
                   $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    [ -x "$(dirname "$candidate")/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      JAVA_HOME=$(cd "$(dirname "$candidate")/.." && pwd -P)
      export JAVA_HOME
      JAVA_MAJOR=$major
      export JAVA_MAJOR
      return 0
    fi
  done
  echo "parallax: needs a JDK 21 or newer, and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "parallax: install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  return 1
}

maven_opts() {
  # Maven 3.8's bundled Guava warns about sun.misc.Unsafe on JDK 24+; allow it quietly there.
  if [ "${JAVA_MAJOR:-0}" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
  fi
}

require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "parallax: needs Apache Maven to build (apt-get install maven)." >&2
    return 1
  fi
}
