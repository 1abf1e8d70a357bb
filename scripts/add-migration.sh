#!/usr/bin/env bash
# Adds an EF Core migration to both provider sets (SQLite and SQL Server) of one service.
# usage: scripts/add-migration.sh <Customers|Tickets|Surveys|Campaigns|PartnerData> <MigrationName>
set -euo pipefail
cd "$(dirname "$0")/.."
service="$1"; name="$2"
project="services/Crm.$service"
dotnet tool restore >/dev/null
dotnet build "$project" -v q -nologo >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build --project "$project" \
    --context "${provider}${service}DbContext" \
    --output-dir "Data/Migrations/$provider"
done
