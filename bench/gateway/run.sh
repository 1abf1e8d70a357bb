#!/usr/bin/env bash
# Gateway vs direct on database reads with 1M customers: peak throughput (wrk) and latency at half load (hey, fixed rate).
# Starts the suite from a Release build on a free gateway port, seeds 1M customers, measures, stops everything.
# usage: bench/gateway/run.sh [duration-seconds]   (results: bench/out/gateway-<time>.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-15}
PORT=${BENCH_GATEWAY_PORT:-18480}
OUT=bench/out; mkdir -p "$OUT"; RESULT="$OUT/gateway-$(date -u +%Y%m%dT%H%M%SZ).txt"
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v hey >/dev/null || apt-get install -y -qq hey >/dev/null
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3 >/dev/null
[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build Crm.Aspire.sln -c Release -v q -nologo

# The benchmark measures the proxy, not the per-user rate limit: raise it for this run only (inherited by the gateway).
export Gateway__RateLimits__Bearer__PermitLimit=1000000000
(cd AppHost && DOTNET_ENVIRONMENT=Development exec dotnet bin/Release/net10.0/Crm.AppHost.dll --Gateway:Port "$PORT") > "$OUT/apphost.log" 2>&1 &
HOST=$!
trap 'kill -TERM $HOST 2>/dev/null; wait $HOST 2>/dev/null || true' EXIT
G="http://127.0.0.1:$PORT"
for _ in $(seq 1 180); do curl -sf "$G/health" >/dev/null && grep -q "^Gateway: http" "$OUT/apphost.log" && break; sleep 1; done
DIRECT=$(grep -oE '^  customers +http://127.0.0.1:[0-9]+' "$OUT/apphost.log" | grep -oE 'http://[0-9.:]+')
DB=$(grep -oE '^  customers-db +Data Source=[^ ]+' "$OUT/apphost.log" | sed 's/.*Data Source=//')
TOKEN=$(curl -s -X POST "$G/dev/token" -H 'content-type: application/json' -d '{"subject":"bench","roles":["agent"]}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

# One real customer gives the stored form of timestamps; 1M more are copied from it in SQL.
curl -s -o /dev/null -X POST "$G/api/customers" -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \
  -d '{"firstName":"Seed","lastName":"Row","email":"seed@example.com"}'
sqlite3 "$DB" <<'SQL'
PRAGMA busy_timeout=30000;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO Customers (Id, FirstName, LastName, SearchFirstName, SearchLastName, Email, NormalizedEmail, Phone, BirthYear, Gender, City, Country, LifecycleStage, AccountOwnerId, Source, CreatedAt, UpdatedAt, ErasedAt, Version)
SELECT printf('%08X-0000-7000-8000-%012X', i, i), 'First' || i, (CASE i % 7 WHEN 0 THEN 'Silva' WHEN 1 THEN 'Santos' WHEN 2 THEN 'Costa' WHEN 3 THEN 'Pereira' WHEN 4 THEN 'Oliveira' WHEN 5 THEN 'Martins' ELSE 'Rodrigues' END) || (i % 1000),
       'first' || i, (CASE i % 7 WHEN 0 THEN 'silva' WHEN 1 THEN 'santos' WHEN 2 THEN 'costa' WHEN 3 THEN 'pereira' WHEN 4 THEN 'oliveira' WHEN 5 THEN 'martins' ELSE 'rodrigues' END) || (i % 1000),
       'c' || i || '@example.com', 'c' || i || '@example.com', '+351 9' || printf('%08d', i), 1950 + i % 55, NULL, 'Lisboa', 'PT', 'Customer', NULL, 'bench',
       (SELECT CreatedAt FROM Customers WHERE Email = 'seed@example.com'), (SELECT CreatedAt FROM Customers WHERE Email = 'seed@example.com'), NULL, 1
FROM n;
SQL
echo "customers: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM Customers')" | tee "$RESULT"

cat > "$OUT/by-id.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  local i = math.random(1, 1000000)
  return wrk.format("GET", string.format("/api/customers/%08X-0000-7000-8000-%012X", i, i))
end
LUA
cat > "$OUT/search.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
local names = {"silva", "santos", "costa", "pereira", "oliveira", "martins", "rodrigues"}
request = function()
  return wrk.format("GET", "/api/customers?limit=20&q=" .. names[math.random(1, 7)] .. math.random(0, 999))
end
LUA

measure() { # name base-url script
  local out rps errors
  wrk -t2 -c32 -d5s -s "$OUT/$3" "$2" >/dev/null # warm-up: JIT, connection pools, SQLite page cache
  out=$(wrk -t2 -c32 -d"${DURATION}s" -s "$OUT/$3" "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$1 peak: $rps req/s (non-2xx: ${errors:-0})" | tee -a "$RESULT" >&2
  echo "$rps"
}
# hey runs pinned to one core so it does not migrate between the gateway's and the service's threads.
PIN=$(command -v taskset >/dev/null && echo "taskset -c ${BENCH_LOAD_CPU:-1}" || true)
REPEATS=${BENCH_REPEATS:-3}
hey_p50_p99() { # url rate -> "p50 p99" in ms
  local q=$(( $2 / 8 )); [ "$q" -lt 1 ] && q=1
  $PIN hey -z "${DURATION}s" -c 8 -q "$q" -H "Authorization: Bearer $TOKEN" "$1" \
    | awk '/50%? in|50% in/ {p50=$3} /99% in/ {p99=$3} END {printf "%.2f %.2f\n", p50*1000, p99*1000}'
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
latency() { # kind direct-url gateway-url rate: direct and gateway interleaved at the same fixed rate, REPEATS times, medians
  local dp50=() dp99=() gp50=() gp99=() d g
  for i in $(seq 1 "$REPEATS"); do
    read -r dp dq <<<"$(hey_p50_p99 "$2" "$4")"; dp50+=("$dp"); dp99+=("$dq")
    read -r gp gq <<<"$(hey_p50_p99 "$3" "$4")"; gp50+=("$gp"); gp99+=("$gq")
    echo "  $1 run $i at $4 req/s: direct p50 $dp / p99 $dq ms, gateway p50 $gp / p99 $gq ms (load $(cut -d' ' -f1 /proc/loadavg))" | tee -a "$RESULT"
  done
  d=$(printf '%s\n' "${dp50[@]}" | median); g=$(printf '%s\n' "${gp50[@]}" | median)
  local d9 g9; d9=$(printf '%s\n' "${dp99[@]}" | median); g9=$(printf '%s\n' "${gp99[@]}" | median)
  echo "$1 at half load ($4 req/s), median of $REPEATS: direct p50 $d / p99 $d9 ms, gateway p50 $g / p99 $g9 ms, added p50 $(awk -v a="$g" -v b="$d" 'BEGIN {printf "%+.2f", a-b}') / p99 $(awk -v a="$g9" -v b="$d9" 'BEGIN {printf "%+.2f", a-b}') ms" | tee -a "$RESULT"
}

for kind in by-id search; do
  d=$(measure "direct $kind" "$DIRECT" "$kind.lua" | tail -1)
  g=$(measure "gateway $kind" "$G" "$kind.lua" | tail -1)
  echo "gateway/direct $kind: $(awk -v g="$g" -v d="$d" 'BEGIN {printf "%.2f", g/d}')" | tee -a "$RESULT"
  half=$(awk -v d="$d" 'BEGIN {printf "%d", d/2}')
  path=$([ "$kind" = by-id ] && echo "/api/customers/0007A120-0000-7000-8000-00000007A120" || echo "/api/customers?limit=20&q=silva42")
  latency "$kind" "$DIRECT$path" "$G$path" "$half"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULT"
echo "results: $RESULT"
