#!/usr/bin/env bash
# Brings the whole suite up: RabbitMQ, Redis, the five services and the gateway (http://127.0.0.1:8080).
# Installs what is missing first. Ctrl+C stops everything it started.
# Options pass through to the app host, e.g. ./run.sh --Gateway:Port 9090 --environment Production
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bash scripts/install-prerequisites.sh
dotnet build Crm.Aspire.sln -c Debug -v q -nologo
exec dotnet run --project AppHost --no-build -c Debug -- "$@"
