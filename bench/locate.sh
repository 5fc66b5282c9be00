#!/usr/bin/env bash
# Locate throughput against Helsinki's sub-areas and small areas (1 million random WGS84 points).
# Usage: bench/locate.sh        (needs JDK 25; builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}
./mvnw -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fi.turvaverkko.areas.internal.LocateBenchmark
