#!/usr/bin/env bash
# Runs one RabbitMQ node in the foreground for the app host, from Debian's package, with everything private:
# its own base folder, loopback ports, its own epmd (which ends with the node: parent-death signal).
#
# Environment (set by the app host): CRM_RABBITMQ_BASE, CRM_RABBITMQ_NODE, CRM_RABBITMQ_PORT, CRM_RABBITMQ_DIST_PORT,
# CRM_RABBITMQ_EPMD_PORT, and CRM_RABBITMQ_MANAGEMENT_PORT (0: no management plugin).
set -euo pipefail
base="$CRM_RABBITMQ_BASE"
mkdir -p "$base/home" "$base/mnesia" "$base/log"

{
  echo "log.console = false"
  echo "log.file.level = warning"
  if [ "${CRM_RABBITMQ_MANAGEMENT_PORT:-0}" != "0" ]; then
    echo "management.tcp.ip = 127.0.0.1"
    echo "management.tcp.port = $CRM_RABBITMQ_MANAGEMENT_PORT"
  fi
} > "$base/rabbitmq.conf"
if [ "${CRM_RABBITMQ_MANAGEMENT_PORT:-0}" != "0" ]; then echo "[rabbitmq_management]." > "$base/enabled_plugins"; else echo "[]." > "$base/enabled_plugins"; fi

export HOME="$base/home" ERL_EPMD_PORT="$CRM_RABBITMQ_EPMD_PORT" ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_CONF_ENV_FILE=/dev/null RABBITMQ_NODENAME="$CRM_RABBITMQ_NODE" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$CRM_RABBITMQ_PORT" RABBITMQ_DIST_PORT="$CRM_RABBITMQ_DIST_PORT"
export RABBITMQ_CONFIG_FILE="$base/rabbitmq.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$base/enabled_plugins"
export RABBITMQ_MNESIA_BASE="$base/mnesia" RABBITMQ_LOG_BASE="$base/log" RABBITMQ_PID_FILE="$base/rabbit.pid"
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} -start_epmd false"
# One process from here on: the server script execs the VM when input is allowed; -noinput keeps the shell off.
export RABBITMQ_ALLOW_INPUT=true RABBITMQ_SERVER_START_ARGS="-noinput"

# epmd as a child of this process (it becomes the VM below), killed when it ends.
setpriv --pdeathsig KILL epmd -port "$CRM_RABBITMQ_EPMD_PORT" -address 127.0.0.1 &
for _ in $(seq 1 50); do
  epmd -port "$CRM_RABBITMQ_EPMD_PORT" -names >/dev/null 2>&1 && break
  sleep 0.1
done

exec /usr/lib/rabbitmq/bin/rabbitmq-server
