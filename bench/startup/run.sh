#!/usr/bin/env bash
# ./run.sh to "all healthy" on a warm build, then the whole suite's memory at idle.
# Times ./run.sh exactly as a user runs it (prerequisite check, incremental Release build, app host start, DCP, the
# health-gated start of RabbitMQ, Redis, five services and the gateway) until it prints "Crm.Aspire is running"; then,
# after IDLE seconds without traffic, sums the proportional set size (PSS, /proc/<pid>/smaps_rollup) of every process
# the command leaves running — the app host, DCP and its monitors, the dashboard, each project's `dotnet run`, the
# services, the gateway, the broker and the cache — with Aspire's own share apart; then stops the suite with SIGTERM.
# usage: bench/startup/run.sh [runs] [idle-seconds]   (results: bench/out/startup-<time>.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
IDLE=${2:-30}
PORT=${BENCH_STARTUP_PORT:-18580}
OUT=bench/out; mkdir -p "$OUT"; RESULT="$OUT/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$RESULT"
dotnet build Crm.Aspire.sln -c Release -v q -nologo >/dev/null   # the warm build the timed runs start from

descendants() { # pid → the pid and every descendant
  local p; echo "$1"
  for p in $(cat /proc/"$1"/task/*/children 2>/dev/null); do descendants "$p"; done
}
pss_kb() { awk '/^Pss:/ {print $2}' /proc/"$1"/smaps_rollup 2>/dev/null || echo 0; }
kind() { # what a process is, for the breakdown
  local cmd; cmd=$(tr '\0' ' ' < /proc/"$1"/cmdline 2>/dev/null || true)
  case "$cmd" in
    *"dcp start-apiserver"*) echo "aspire:dcp-apiserver" ;;
    *"dcp run-controllers"*) echo "aspire:dcp-controllers" ;;
    *"dcp monitor-process"*) echo "aspire:dcp-monitor" ;;
    *Aspire.Dashboard*) echo "aspire:dashboard" ;;
    *"dotnet run --project"*) echo "aspire:dotnet-run" ;;
    *Crm.AppHost.dll*) echo "aspire:app-host" ;;
    *Crm.Gateway*) echo "gateway" ;;
    *Crm.Customers*|*Crm.Tickets*|*Crm.Surveys*|*Crm.Campaigns*|*Crm.PartnerData*) echo "$cmd" | grep -oE 'Crm\.[A-Za-z]+' | head -1 ;;
    *beam.smp*|*epmd*|*erl_child_setup*|*inet_gethost*|*rabbitmq*) echo "broker" ;;
    *redis-server*) echo "cache" ;;
    *) echo "other:$(echo "$cmd" | cut -c1-40)" ;;
  esac
}

for run in $(seq 1 "$RUNS"); do
  log="$OUT/startup-run$run.log"
  start=$(date +%s.%N)
  ./run.sh --Gateway:Port "$PORT" > "$log" 2>&1 &
  apphost=$!   # run.sh execs the app host: same pid
  until grep -q "Crm.Aspire is running" "$log"; do
    kill -0 "$apphost" 2>/dev/null || { echo "run.sh exited:"; tail -20 "$log"; exit 1; }
    sleep 0.1
  done
  healthy=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "gateway not healthy"; exit 1; }
  sleep "$IDLE"
  # DCP's API server is detached from the app host and watches its pid; everything else descends from one of the two.
  dcp=$(pgrep -f "dcp start-apiserver --monitor $apphost " || true)
  suite=$( { descendants "$apphost"; [ -n "$dcp" ] && descendants "$dcp"; } | sort -u)
  declare -A by_kind=()
  total=0; aspire=0
  for p in $suite; do
    k=$(kind "$p"); v=$(pss_kb "$p"); v=${v:-0}
    by_kind[$k]=$(( ${by_kind[$k]:-0} + v )); total=$((total + v))
    case "$k" in aspire:*) aspire=$((aspire + v)) ;; esac
  done
  echo "run $run: ./run.sh → all healthy in ${healthy} s; idle ${IDLE} s: suite PSS $((total / 1024)) MB in $(echo "$suite" | wc -w) processes, of which Aspire $((aspire / 1024)) MB; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULT"
  echo "  $(for k in "${!by_kind[@]}"; do printf "%s=%sMB " "$k" "$(( by_kind[$k] / 1024 ))"; done | tr ' ' '\n' | sort | tr '\n' ' ')" | tee -a "$RESULT"
  unset by_kind
  kill -TERM "$apphost"
  wait "$apphost" 2>/dev/null || true
  for _ in $(seq 1 60); do pgrep -f "dcp start-apiserver --monitor $apphost " >/dev/null || break; sleep 0.5; done
done
echo "results: $RESULT"
