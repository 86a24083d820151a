#!/usr/bin/env bash
# Time from process start to the first successful GraphQL response (the canonical query), and the process's
# RSS (from ps) right after it, for the packaged JVM application: median of RUNS starts (default 5).
# Usage: bench/startup.sh [runs]     (builds the jar first if it is missing)
# Prints a Markdown table row and appends nothing: bench/run.sh collects the rows into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
query='{"query":"{ talks(first: 20) { totalCount nodes { name rounds { number date city delegations { party { name } head { name } members { name } redLines { topic text sources { url } } } outcomes { kind description } } } } }"}'

times=(); rss=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  PORT=$port PARLEY_DB_URL="jdbc:h2:mem:bench$i;DB_CLOSE_DELAY=-1" java ${JAVA_OPTS:-} -jar "$jar" > target/bench-startup.log 2>&1 &
  pid=$!
  for _ in $(seq 3000); do
    if curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$query" "localhost:$port/graphql"; then break; fi
    sleep 0.01
  done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  rss+=($(( $(ps -o rss= -p "$pid") / 1024 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| JVM (java -jar, H2 in memory) | $(median "${times[@]}") ms | $(median "${rss[@]}") MB | ${times[*]} |"
