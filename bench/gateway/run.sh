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
dotnet AppHost/bin/Release/net10.0/Crm.AppHost.dll --Gateway:Port "$PORT" > "$OUT/apphost.log" 2>&1 &
HOST=$!
trap 'kill -TERM $HOST 2>/dev/null; wait $HOST 2>/dev/null || true' EXIT
G="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -sf "$G/health" >/dev/null && break; sleep 1; done
DIRECT=$(grep -oE 'customers +Project +Healthy +pid [0-9]+ +http://127.0.0.1:[0-9]+' "$OUT/apphost.log" | grep -oE 'http://[0-9.:]+')
DB=$(grep -oE 'customers-db +Database +Healthy +pid - +Data Source=[^ ]+' "$OUT/apphost.log" | sed 's/.*Data Source=//')
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
latency() { # name url rate
  local q=$(( $3 / 8 )); [ "$q" -lt 1 ] && q=1
  hey -z "${DURATION}s" -c 8 -q "$q" -H "Authorization: Bearer $TOKEN" "$2" \
    | awk -v n="$1" '/50%? in|50% in/ {p50=$3} /99% in/ {p99=$3} END {printf "%s at %s: p50 %.2f ms, p99 %.2f ms\n", n, "half load", p50*1000, p99*1000}' | tee -a "$RESULT"
}

for kind in by-id search; do
  d=$(measure "direct $kind" "$DIRECT" "$kind.lua" | tail -1)
  g=$(measure "gateway $kind" "$G" "$kind.lua" | tail -1)
  echo "gateway/direct $kind: $(awk -v g="$g" -v d="$d" 'BEGIN {printf "%.2f", g/d}')" | tee -a "$RESULT"
  half=$(awk -v d="$d" 'BEGIN {printf "%d", d/2}')
  path=$([ "$kind" = by-id ] && echo "/api/customers/0007A120-0000-7000-8000-00000007A120" || echo "/api/customers?limit=20&q=silva42")
  latency "direct $kind" "$DIRECT$path" "$half"
  latency "gateway $kind" "$G$path" "$half"
done
echo "results: $RESULT"
