#!/usr/bin/env bash
# Start-up with the embedded database (first start with an empty data directory, then a second start),
# resident memory at idle, and the size of the map's sub-area GeoJSON as sent compressed.
# Usage: bench/startup.sh       (needs JDK 25 and curl; packages the application first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}
./mvnw -B -q -Dstyle.color=never -DskipTests package >/dev/null
port=18181
data=$(mktemp -d /tmp/turvaverkko-bench.XXXXXX)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"

start() {
  local label=$1
  local t0=$(date +%s.%N)
  "$JAVA_HOME/bin/java" -jar target/turvaverkko.jar --server.port=$port --turvaverkko.data-dir="$data" >"$data/$label.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped; see $data/$label.log"; tail -50 "$data/$label.log"; exit 1; }
    sleep 0.05
  done
  local t1=$(date +%s.%N)
  printf '%-38s %.1f s to healthy (the application says: %s)\n' "$label:" "$(awk "BEGIN{print $t1 - $t0}")" \
    "$(grep -o 'Started TurvaverkkoApplication in [0-9.]* seconds' "$data/$label.log" | head -1)"
}

stop() {
  kill $pid; wait $pid 2>/dev/null || true
}

start "first start (initdb, import)"
stop
for run in 1 2 3; do
  sleep 3
  start "start $((run + 1)) (data directory exists)"
  [ $run -lt 3 ] && stop
done
sleep 10
printf '%-38s %d MB\n' "resident memory at idle after 10 s:" $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
for level in SUB_AREA SMALL_AREA; do
  url="http://127.0.0.1:$port/api/areas?municipality=091&level=$level&simplify=5"
  gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$url")
  raw=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  printf '%-38s %d KB compressed (%d KB uncompressed)\n' "map GeoJSON $level, simplify=5:" $((gz / 1024)) $((raw / 1024))
done
full=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/api/areas?municipality=091&level=SUB_AREA")
printf '%-38s %d KB compressed\n' "sub-area GeoJSON, full detail:" $((full / 1024))
stop
