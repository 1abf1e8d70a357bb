#!/usr/bin/env bash
# Brings the whole suite up with its .NET Aspire app host: RabbitMQ, Redis, the five services and the gateway
# (http://127.0.0.1:8080), and the Aspire dashboard (http://127.0.0.1:18888; the login link is printed).
# Installs what is missing first. Ctrl+C stops everything it started.
# Options pass through to the app host, e.g. ./run.sh --Gateway:Port 9090 --environment Production
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
bash scripts/install-prerequisites.sh
dotnet build Crm.Aspire.sln -c Release -v q -nologo
# The built app host itself, not `dotnet run`: one process less for the whole run.
cd AppHost
exec dotnet bin/Release/net10.0/Crm.AppHost.dll "$@"
