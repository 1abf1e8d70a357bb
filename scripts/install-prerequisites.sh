#!/usr/bin/env bash
# Installs what the suite needs on a fresh Debian machine with the .NET SDK: a RabbitMQ and a Redis
# that the app host runs as plain local processes, with --with-browser the Chromium that the
# dashboard's browser tests drive (Debian's package; Playwright downloads nothing), the linters of the
# public API contract (Redocly CLI and Spectral) and the development mail catcher MailDev, from npm, pinned by
# package-lock.json, into ./node_modules,
# and the .NET tools of .config/dotnet-tools.json (Kiota generates the API client the tests use).
# Does nothing when they are already there.
set -euo pipefail
missing=()
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ "${1:-}" = "--with-browser" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The Debian package starts nothing by itself here, but be sure no packaged broker holds the suite's way.
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)."; exit 1; }

# The contract linters: npm ci from the committed lock file, only when it changed since the last install.
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing the API contract linters and MailDev (npm ci)…"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
fi
dotnet tool restore >/dev/null
