#!/usr/bin/env bash
# Sign-ins per second and token validations per second at the gateway, under the real app host (Release build).
# Sign-ins: the login form posted again and again for one seeded user (each a full password check, PBKDF2 as stored).
# Validations: an agent's token on the gateway's own /health/details, which is for admins: the gateway validates the
# token (signature by the published key, issuer, audience, lifetime) and answers 403 without running any check or
# calling any service; against the same route without a token (401 at once), the difference is the validation.
# usage: bench/identity/run.sh [duration-seconds]   (results: bench/out/identity-<time>.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10}
PORT=${BENCH_GATEWAY_PORT:-18481}
OUT=bench/out; mkdir -p "$OUT"; RESULT="$OUT/identity-$(date -u +%Y%m%dT%H%M%SZ).txt"
command -v hey >/dev/null || apt-get install -y -qq hey >/dev/null
[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build Crm.Aspire.sln -c Release -v q -nologo

# The benchmark measures sign-in and validation, not the gateway's per-client limits: raise them for this run only.
export Gateway__RateLimits__Bearer__PermitLimit=1000000000 Gateway__RateLimits__SignIn__PermitLimit=1000000000
(cd AppHost && DOTNET_ENVIRONMENT=Development exec dotnet bin/Release/net10.0/Crm.AppHost.dll --Gateway:Port "$PORT") > "$OUT/apphost-identity.log" 2>&1 &
HOST=$!
trap 'kill -TERM $HOST 2>/dev/null; wait $HOST 2>/dev/null || true' EXIT
G="http://127.0.0.1:$PORT"
for _ in $(seq 1 180); do curl -sf "$G/health" >/dev/null && grep -q "^Gateway: http" "$OUT/apphost-identity.log" && break; sleep 1; done

# A browser's sign-in: the login page's antiforgery cookie and form token, then the form (email, password, returnUrl) posted.
# The pair stays valid for anonymous posts, so every request of the run is a full sign-in (password check, cookie issued).
JAR=$(mktemp); PAGE=$(curl -s -c "$JAR" "$G/account/login")
FORM_TOKEN=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$PAGE" | sed 's/.*value="\([^"]*\)"/\1/')
COOKIE=$(awk '$6 == "crm.antiforgery" {print $6 "=" $7}' "$JAR")
BODY="email=agent%40crm.local&password=Crm-Dev-2026%21&returnUrl=&__RequestVerificationToken=$FORM_TOKEN"
AGENT=$(curl -s -X POST "$G/dev/token" -H 'content-type: application/json' -d '{"subject":"bench","roles":["agent"]}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

# One sign-in by hand first: it must answer 302 with the identity cookie, or the figure below would measure refusals.
PROBE=$(curl -s -o /dev/null -D - -X POST -H "Cookie: $COOKIE" -H 'content-type: application/x-www-form-urlencoded' --data "$BODY" "$G/account/login")
if ! grep -q '^HTTP/1.1 302' <<<"$PROBE" || ! grep -qi '^set-cookie: crm.identity=' <<<"$PROBE"; then
  echo "the login form did not sign in (expected 302 with the crm.identity cookie):" >&2; echo "$PROBE" >&2; exit 1
fi

rate() { awk '/Requests\/sec/ {print $2}'; }
# The answers by status code and the transport errors, without the latency histogram's buckets.
status() { awk '/Error distribution/ {e = 1} $1 ~ /^\[[0-9]+\]$/ && ($3 == "responses" || e) {printf "%s ", $0}'; }
# hey's summary: "[302]  N responses" per status code, then "[N]  <error>" per transport error (timeouts, resets).
count_status() { awk -v code="[$1]" '$1 == code && $3 == "responses" {s += $2} END {print s + 0}'; }
count_all() { awk '$1 ~ /^\[[0-9][0-9][0-9]\]$/ && $3 == "responses" {s += $2} END {print s + 0}'; }
count_errors() { awk '/Error distribution/ {e = 1; next} e && $1 ~ /^\[[0-9]+\]$/ {gsub(/[][]/, "", $1); s += $1} END {print s + 0}'; }
seconds() { awk '/Total:/ {print $2; exit}'; }
out=$(hey -z "${DURATION}s" -c 4 -disable-redirects -m POST -H "Cookie: $COOKIE" -T application/x-www-form-urlencoded -d "$BODY" "$G/account/login")
ok=$(count_status 302 <<<"$out"); answered=$(count_all <<<"$out"); errors=$(count_errors <<<"$out"); secs=$(seconds <<<"$out")
refused=$((answered - ok + errors))
echo "sign-ins (POST /account/login → 302 with the identity cookie, 4 concurrent): $(awk -v n="$ok" -v s="$secs" 'BEGIN {printf "%.1f", n / s}') successful /s ($ok in $secs s); not signed in: $refused; statuses: $(status <<<"$out")" | tee "$RESULT"
if [ "$ok" -eq 0 ] || [ "$refused" -ne 0 ]; then
  echo "FAILED: $refused of $((answered + errors)) sign-ins did not succeed; the figure above is not valid" | tee -a "$RESULT" >&2
  exit 1
fi
out=$(hey -z "${DURATION}s" -c 32 -H "Authorization: Bearer $AGENT" "$G/health/details")
echo "token validations (GET /health/details with an agent's token → 403, 32 concurrent): $(rate <<<"$out") /s; statuses: $(status <<<"$out")" | tee -a "$RESULT"
out=$(hey -z "${DURATION}s" -c 32 "$G/health/details")
echo "refused requests (same route, no token): $(rate <<<"$out") /s; statuses: $(status <<<"$out")" | tee -a "$RESULT"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULT"
echo "results: $RESULT"
