# Sourced by the start scripts: finds Java (JAVA_HOME, else PATH) and insists on 17 or newer.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  JAVA=java
else
  echo "RestDSN Studio needs Java 17 or newer, and none was found. Install it (Debian/Ubuntu: apt-get install openjdk-17-jre) or set JAVA_HOME." >&2
  exit 2
fi
JAVA_SPEC=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
JAVA_MAJOR=${JAVA_SPEC%%.*}
if [ "$JAVA_MAJOR" = "1" ] || [ -z "$JAVA_MAJOR" ] || [ "$JAVA_MAJOR" -lt 17 ] 2>/dev/null; then
  echo "RestDSN Studio needs Java 17 or newer, but $JAVA is Java ${JAVA_SPEC:-unknown}. Set JAVA_HOME to a Java 17+ installation." >&2
  exit 2
fi
LAUNCHER=$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$LAUNCHER" ] || { echo "RestDSN Studio installation is incomplete: no launcher in $HERE/plugins" >&2; exit 2; }
