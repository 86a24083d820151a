#!/usr/bin/env bash
# Time from process start to the first successful GraphQL response (the canonical query) of the packaged JVM
# application, and its RSS (from ps) right after that response: median of RUNS starts (default 5).
# Usage: bench/startup.sh [runs]
#   APPCDS=1    build the application with an AppCDS archive (target/quarkus-app-cds) and start with it
#   JAVA_OPTS   extra JVM flags; LABEL  the row's label
# Prints one Markdown table row; bench/run.sh collects the rows into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
app=target/quarkus-app
flags=${JAVA_OPTS:-}
if [ "${APPCDS:-0}" = 1 ]; then
  if [ ! -f target/quarkus-app-cds/app-cds.jsa ]; then
    ./mvnw -q -B -DskipTests package -Dquarkus.package.jar.appcds.enabled=true
    rm -rf target/quarkus-app-cds && cp -r target/quarkus-app target/quarkus-app-cds
    ./mvnw -q -B -DskipTests package
  fi
  app=target/quarkus-app-cds
  flags="-XX:SharedArchiveFile=$app/app-cds.jsa $flags"
fi
[ -f "$app/quarkus-run.jar" ] || ./mvnw -q -B -DskipTests package
query='{"query":"{ talks(first: 20) { totalCount nodes { name rounds { number date city delegations { party { name } head { name } members { name } redLines { topic text sources { url } } } outcomes { kind description } } } } }"}'

times=(); rss=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  PORT=$port PARLEY_DB_URL="jdbc:h2:mem:bench$i;DB_CLOSE_DELAY=-1" java $flags -jar "$app/quarkus-run.jar" > target/bench-startup.log 2>&1 &
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
echo "| ${LABEL:-JVM, java -jar} | $(median "${times[@]}") ms | $(median "${rss[@]}") MB | ${times[*]} |"
