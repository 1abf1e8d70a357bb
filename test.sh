#!/usr/bin/env bash
# Runs every test of the suite: installs what is missing, builds once, runs unit tests, the
# end-to-end tests (which start the real suite — RabbitMQ, Redis, five services, the gateway — from the
# .NET Aspire app model with Aspire.Hosting.Testing; among them the lint of the public API contract with
# Redocly and Spectral, and calls through a client Kiota generates from it) and the browser tests of the
# Aspire dashboard (headless Chromium), and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash scripts/install-prerequisites.sh --with-browser || { echo "0 passed, 1 failed"; exit 1; }

results="$(pwd)/.data/test-results"
rm -rf "$results" && mkdir -p "$results"

if ! dotnet build Crm.Aspire.sln -c Debug -v q -nologo; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/Crm.UnitTests tests/Crm.IntegrationTests tests/Crm.DashboardTests tests/Crm.WebTests; do
  name=$(basename "$project")
  dotnet test "$project" --no-build -c Debug -v q -nologo \
    --blame-hang-timeout 10m \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" "$@" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A test run that crashed or hung leaves no passing count behind: count it as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
