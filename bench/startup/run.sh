#!/usr/bin/env bash
# ./run.sh to "all healthy" on a warm build, then the whole suite's memory at idle.
# Times ./run.sh exactly as a developer runs it (prerequisite check, incremental build, app host start, health-gated
# start of RabbitMQ, Redis, five services and the gateway) until it prints its "running" table; then, after IDLE seconds
# without traffic, sums the resident memory (RSS) of the app host and every process it started; then stops the suite.
# usage: bench/startup/run.sh [runs] [idle-seconds]   (results: bench/out/startup-<time>.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
IDLE=${2:-30}
PORT=${BENCH_STARTUP_PORT:-18580}
OUT=bench/out; mkdir -p "$OUT"; RESULT="$OUT/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$RESULT"
dotnet build Crm.Aspire.sln -c Debug -v q -nologo >/dev/null   # the warm build the timed runs start from

descendants() { # pid → the pid and every descendant
  local p; echo "$1"
  for p in $(cat /proc/"$1"/task/*/children 2>/dev/null); do descendants "$p"; done
}
rss_kb() { local total=0 p r; for p in "$@"; do r=$(awk '/^VmRSS/ {print $2}' /proc/"$p"/status 2>/dev/null || echo 0); total=$((total + ${r:-0})); done; echo "$total"; }

for run in $(seq 1 "$RUNS"); do
  log="$OUT/startup-run$run.log"
  start=$(date +%s.%N)
  ./run.sh --Gateway:Port "$PORT" > "$log" 2>&1 &
  launcher=$!
  until grep -q "Crm.Aspire is running" "$log"; do
    kill -0 "$launcher" 2>/dev/null || { echo "run.sh exited:"; tail -20 "$log"; exit 1; }
    sleep 0.1
  done
  healthy=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "gateway not healthy"; exit 1; }
  # run.sh execs `dotnet run`, which starts the app host as its child.
  apphost=$(pgrep -f "Crm.AppHost.dll" -P "$launcher" || pgrep -f "bin/Debug/net10.0/Crm.AppHost" -P "$launcher" | head -1)
  sleep "$IDLE"
  suite=$(descendants "$apphost" | sort -u)
  suite_mb=$(( $(rss_kb $suite) / 1024 ))
  wrapper_mb=$(( $(rss_kb "$launcher") / 1024 ))
  breakdown=$(for p in $suite; do printf "%s=%sMB " "$(tr '\0' ' ' < /proc/"$p"/cmdline | grep -oE 'Crm\.[A-Za-z]+(\.dll)?|rabbitmq-server|beam\.smp|redis-server|epmd|inet_gethost|erl_child_setup' | head -1 | sed 's/\.dll//'; true)" "$(( $(rss_kb "$p") / 1024 ))"; done)
  echo "run $run: ./run.sh → all healthy in ${healthy} s; idle ${IDLE} s: suite RSS ${suite_mb} MB ($(echo "$suite" | wc -w) processes; dotnet-run wrapper ${wrapper_mb} MB more); load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULT"
  echo "  $breakdown" | tee -a "$RESULT"
  kill -TERM "$apphost"
  wait "$launcher" 2>/dev/null || true
done
echo "results: $RESULT"
