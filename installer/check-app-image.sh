#!/usr/bin/env bash
# Checks the application image that `./mvnw -Pinstaller package` built, through its own launcher and runtime:
# --help and --version exit 0 with the expected output, `inspect` reads a sample file, and the window opens without
# arguments on an Xvfb display, with JavaFX loaded as modules (no "Unsupported JavaFX configuration" warning). Exit code 0 when all pass, 1 otherwise: without xvfb-run and xauth the window check
# fails (.ci/run installs them and GTK 3 on Debian and Ubuntu).
#
#   installer/check-app-image.sh [IMAGE_DIR]     (default: target/installer/image)
set -euo pipefail
cd "$(dirname "$0")/.."

image_dir=${1:-target/installer/image}
launcher=
for candidate in "$image_dir/redshift-loader/bin/redshift-loader" \
                 "$image_dir/Redshift Loader.app/Contents/MacOS/redshift-loader"; do
  if [ -x "$candidate" ]; then launcher=$candidate; break; fi
done
if [ -z "$launcher" ]; then
  echo "FAIL: no launcher in $image_dir; build the image with ./mvnw -Pinstaller package -DskipTests" >&2
  exit 1
fi
echo "Checking $launcher"

# The checks must not touch the user's profiles, logs or preferences.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$scratch/prefs -Duser.home=$scratch"

failures=0
# check NAME EXPECTED_TEXT COMMAND...: runs the command, needs exit code 0 and EXPECTED_TEXT in its output.
check() {
  local name=$1 expected=$2 output status=0
  shift 2
  output=$("$@" 2>&1) || status=$?
  if [ "$status" -eq 0 ] && grep -qF -- "$expected" <<<"$output"; then
    echo "ok   $name"
  else
    echo "FAIL $name (exit code $status, expected \"$expected\" in the output):"
    sed 's/^/     /' <<<"$output"
    failures=$((failures + 1))
  fi
}

check "--help" "Usage: redshift-loader" "$launcher" --help
check "--version" "Redshift Loader " "$launcher" --version
check "inspect a CSV" "order_id" "$launcher" inspect assets/samples/orders.csv

missing_tools=
for tool in xvfb-run xauth; do command -v "$tool" >/dev/null 2>&1 || missing_tools="$missing_tools $tool"; done
if [ -n "$missing_tools" ]; then
  echo "FAIL the window check cannot run: missing$missing_tools. Install the packages xvfb, xauth, libgtk-3-0 and"
  echo "     libxtst6 (sudo apt-get install xvfb xauth libgtk-3-0 libxtst6), or run .ci/run, which installs them."
  failures=$((failures + 1))
else
  # The GUI logs "Main window shown" to its log file (in the data directory) once the window is on screen; it then
  # keeps running, so it is stopped here.
  gui_log="$scratch/gui.log"
  app_log="$XDG_DATA_HOME/redshift-loader/logs/redshift-loader.log"
  xvfb-run -a bash -c '
    "$1" >"$2" 2>&1 & app=$!
    for _ in $(seq 60); do
      grep -qsF "Main window shown" "$3" && break
      kill -0 "$app" 2>/dev/null || break
      sleep 1
    done
    kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' check-gui "$launcher" "$gui_log" "$app_log" || true
  if grep -qsF "Main window shown" "$app_log"; then
    echo "ok   the window opens without arguments (Xvfb)"
  else
    echo "FAIL the window did not open without arguments (Xvfb):"
    sed 's/^/     /' "$gui_log" "$app_log" 2>/dev/null
    failures=$((failures + 1))
  fi
  # JavaFX warns on standard error when its classes come from the class path instead of its modules.
  if grep -qsF "Unsupported JavaFX configuration" "$gui_log"; then
    echo "FAIL the window started JavaFX from the class path, not as modules:"
    sed 's/^/     /' "$gui_log"
    failures=$((failures + 1))
  else
    echo "ok   the window starts JavaFX as modules (no warning)"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "The app image works."
