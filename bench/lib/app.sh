# Shared by the benchmarks: package the application, start it on its own ports and data directory (embedded PostgreSQL,
# demo accounts, no demo signals), and fill it with generated signals. Source it from a bench script:
#   . "$(dirname "$0")/lib/app.sh"
#   bench_package; bench_start 18383 15583; bench_fill_signals 10000000
# It sets: base (the application's URL), data (a temporary directory, removed at exit), pid, psql (an array: psql on the
# embedded database; zonky's PostgreSQL trusts local connections as user postgres, database postgres).

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}
BENCH_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

bench_machine() {
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(date -I)"
}

bench_package() {
  ./mvnw -B -q -o -Dstyle.color=never -DskipTests package >/dev/null
}

# bench_start PORT DBPORT [extra application arguments…]: starts target/turvaverkko.jar and waits until it is healthy
bench_start() {
  local port=$1 dbport=$2
  shift 2
  for p in $port $dbport; do
    ! ss -ltn | grep -q ":$p\b" || { echo "port $p is in use: another run of a bench?"; exit 1; }
  done
  data=$(mktemp -d /tmp/turvaverkko-bench.XXXXXX)
  pid=
  trap '[ -n "$pid" ] && { kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; }; rm -rf "$data"' EXIT
  base="http://127.0.0.1:$port"
  bench_machine
  # demo accounts for HTTP Basic, but no demo signals: the bench fills its own
  "$JAVA_HOME/bin/java" -jar target/turvaverkko.jar --server.port="$port" --turvaverkko.data-dir="$data" \
      --turvaverkko.database.port="$dbport" --turvaverkko.demo=true --turvaverkko.signals.demo-scale=0 "$@" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -sf "$base/actuator/health" | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped:"; tail -50 "$data/app.log"; exit 1; }
    sleep 0.2
  done
  psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$dbport" -U postgres -d postgres)
  echo "PostgreSQL: $("${psql[@]}" -Atc 'show server_version')"
  # demo signals written at start-up (if any) are left alone: wait until their number stops changing
  local previous=-1 now
  while :; do
    now=$("${psql[@]}" -Atc 'select count(*) from signals.signal')
    [ "$now" = "$previous" ] && break
    previous=$now
    sleep 5
  done
  [ "$now" -gt 0 ] && echo "$now signals were there already (demo data)"
  return 0
}

# bench_fill_signals N: N signals and their rollups (bench/lib/fill-signals.sql), then VACUUM ANALYZE; prints the figures
bench_fill_signals() {
  local signals=$1 t0 t1 t2
  echo "Filling $signals signals …"
  t0=$(date +%s.%N)
  "${psql[@]}" -v n="$signals" -f "$BENCH_LIB/fill-signals.sql"
  t1=$(date +%s.%N)
  "${psql[@]}" -c 'vacuum analyze signals.signal' -c 'vacuum analyze signals.daily_count' -c 'vacuum analyze signals.weekly_count'
  t2=$(date +%s.%N)
  printf 'Fill: %.0f s (signals, indexes, rollups), VACUUM ANALYZE %.0f s\n' "$(awk "BEGIN{print $t1 - $t0}")" "$(awk "BEGIN{print $t2 - $t1}")"
  "${psql[@]}" -At -F' ' <<'SQL' | awk '{printf "  %s signals (sum of counts %s), %s daily rollup rows, %s weekly rollup rows; signals table with indexes %s %s\n", $1, $2, $3, $4, $5, $6}'
select (select count(*) from signals.signal), (select sum(count) from signals.signal), (select count(*) from signals.daily_count),
       (select count(*) from signals.weekly_count), (select pg_size_pretty(pg_total_relation_size('signals.signal')));
SQL
}
