# Sourced by ./run-studio and ./run-tests: installs the Debian/Ubuntu packages a fresh machine lacks.
# ensure_packages run   -> GTK 3 runtime (+ Xvfb for machines without a display)
# ensure_packages test  -> the above + Xvfb, xauth, unixODBC (odbcinst checks our odbc.ini files), ImageMagick
ensure_packages() {
  need=""
  have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
  have_lib 'libgtk-3.so.0' || need="$need GTK"
  command -v Xvfb >/dev/null 2>&1 || need="$need xvfb"
  command -v xvfb-run >/dev/null 2>&1 || need="$need xvfb"
  if [ "$1" = test ]; then
    command -v xauth >/dev/null 2>&1 || need="$need xauth"
    command -v odbcinst >/dev/null 2>&1 || need="$need odbcinst"
  fi
  command -v java >/dev/null 2>&1 || [ -n "${JAVA_HOME:-}" ] || { echo "Java 17 is needed (apt-get install openjdk-17-jdk)" >&2; exit 2; }
  [ -z "$need" ] && return 0
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  command -v apt-get >/dev/null 2>&1 || { echo "Please install:$need (no apt-get here)" >&2; exit 2; }
  GTK=libgtk-3-0
  apt-cache show libgtk-3-0t64 >/dev/null 2>&1 && GTK=libgtk-3-0t64   # Debian 13 / Ubuntu 24.04 name
  pkgs="$GTK xvfb xauth"
  [ "$1" = test ] && pkgs="$pkgs unixodbc odbcinst"
  echo "Installing:$pkgs" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
}
