#!/usr/bin/env bash
# CSV import of 1 million signals through the real API (POST /api/signals/import: parse, validate, locate, COPY,
# rollups, one transaction), against a raw psql \copy of the same rows into a table of the same shape.
# Usage: bench/import.sh [rows]     (needs JDK 25, curl and psql; packages the application first)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}
./mvnw -B -q -Dstyle.color=never -DskipTests package >/dev/null
./mvnw -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-import
csv=target/bench-import/signals-$rows.csv
if [ ! -s "$csv" ]; then
  "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    fi.turvaverkko.areas.internal.SignalImportBenchmarkData "$rows" "$csv"
fi
port=18182
dbport=${BENCH_DB_PORT:-15482}
data=$(mktemp -d /tmp/turvaverkko-import.XXXXXX)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; grep -o "Import of [0-9]* rows.*" "$data/app.log" | tail -1; rm -rf "$data"' EXIT
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(date -u +%Y-%m-%d)"
"$JAVA_HOME/bin/java" -jar target/turvaverkko.jar --server.port=$port --turvaverkko.data-dir="$data" \
  --turvaverkko.database.port=$dbport --turvaverkko.signals.max-upload-bytes=2000000000 >"$data/app.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped; see $data/app.log"; tail -50 "$data/app.log"; exit 1; }
  sleep 0.2
done
post() { # file → prints the answer
  curl -sS -u coordinator:demo -X POST -H 'Content-Type: text/csv' -T "$1" "http://127.0.0.1:$port/api/signals/import?mode=all-or-nothing"
}
# warm-up (the JIT compiles the import path): the first 20,000 rows of the file, then they are deleted again
head -n 20001 "$csv" >"$data/warmup.csv"
post "$data/warmup.csv" >/dev/null
psql() { /usr/bin/psql -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -c "truncate signals.signal, signals.daily_count, signals.weekly_count cascade" -c "checkpoint"
size=$(stat -c %s "$csv")
t0=$(date +%s.%N)
answer=$(post "$csv")
t1=$(date +%s.%N)
echo "$answer" | grep -q "\"written\":$rows" || { echo "unexpected answer: ${answer:0:600}"; exit 1; }
ours=$(awk "BEGIN{print $t1 - $t0}")
columns="phenomenon_id, observed_from, observed_to, day, area_code, latitude, longitude, count, description, source_organisation_id, channel, reliability, audience_id, external_id, reported_by, demo"
psql -c "\\copy (select $columns from signals.signal order by id) to '$data/rows.tsv'"
psql -c "drop table if exists public.bench_raw" -c "create table public.bench_raw (like signals.signal including all)" -c "checkpoint"
t2=$(date +%s.%N)
psql -c "\\copy public.bench_raw ($columns) from '$data/rows.tsv'"
t3=$(date +%s.%N)
raw=$(awk "BEGIN{print $t3 - $t2}")
psql -c "drop table public.bench_raw"
printf 'file: %s, %d rows, %.1f MB\n' "$csv" "$rows" "$(awk "BEGIN{print $size / 1048576}")"
printf 'our import (HTTP, validation, area assignment, COPY, rollups): %.2f s = %.0f signals/s\n' "$ours" "$(awk "BEGIN{print $rows / $ours}")"
printf 'raw psql \\copy of the same rows into signals.signal'\''s shape:   %.2f s = %.0f rows/s\n' "$raw" "$(awk "BEGIN{print $rows / $raw}")"
printf 'ratio (ours / raw): %.0f %%\n' "$(awk "BEGIN{print 100 * $raw / $ours}")"
