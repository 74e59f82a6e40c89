#!/usr/bin/env bash
# Makes Redis and RabbitMQ answer on loopback at their default ports, for the tests and the demo.
#
# Installs them from Debian packages when missing, starts whichever does not answer yet and waits for both.
# Idempotent and quick when both already answer (a server started some other way, e.g. by
# `docker compose up -d redis rabbitmq`, is used as it is). No systemd is assumed: containers and CI have none.
# The Redis it starts is a dev/test server: persistence is off, so its data lives only as long as the process; it
# keeps every key (maxmemory-policy noeviction, Redis' default, said explicitly: the Projector and the QueryApi refuse
# a Redis that may evict keys).
set -euo pipefail

readonly REDIS_PORT=6379
readonly AMQP_PORT=5672
readonly LOG_DIR="${OMNICHARTS_SERVICES_LOG_DIR:-/tmp/omnicharts-services}"
readonly DEADLINE_SECONDS="${OMNICHARTS_SERVICES_TIMEOUT:-60}"
# rabbitmq-server and rabbitmqctl live in /usr/sbin, which a non-root PATH often lacks.
export PATH="$PATH:/usr/sbin:/sbin"

fail() {
  echo "start-services: FAILED: $*" >&2
  exit 1
}

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "'$*' needs root and sudo is not available; run this script as root."
  fi
}

# Plain sockets instead of redis-cli/rabbitmq-diagnostics: they answer in milliseconds (the Erlang CLI takes
# seconds) and also work when the servers run elsewhere, e.g. in Docker, without the client tools installed.
redis_answers() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT" &&
      printf 'PING\r\n' >&3 &&
      IFS= read -r -t 2 reply <&3 &&
      [[ $reply == $'+PONG\r' ]]
  ) 2>/dev/null
}

# An AMQP 0-9-1 broker answers the protocol header with a Connection.Start method frame (frame type 1),
# which RabbitMQ only does once it has booted far enough to accept clients.
amqp_answers() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$AMQP_PORT" &&
      printf 'AMQP\x00\x00\x09\x01' >&3 &&
      IFS= read -r -d '' -n 1 -t 2 frame_type <&3 &&
      [[ $frame_type == $'\x01' ]]
  ) 2>/dev/null
}

install_missing() {
  local packages=()
  if ! redis_answers && ! command -v redis-server >/dev/null 2>&1; then
    packages+=(redis-server)
  fi
  if ! amqp_answers && ! command -v rabbitmq-server >/dev/null 2>&1; then
    packages+=(rabbitmq-server)
  fi
  ((${#packages[@]} == 0)) && return 0
  command -v apt-get >/dev/null 2>&1 ||
    fail "${packages[*]} missing and this is not a Debian/Ubuntu machine: install them yourself or run 'docker compose up -d redis rabbitmq'."
  mkdir -p "$LOG_DIR"
  echo "start-services: installing ${packages[*]} (log: $LOG_DIR/apt.log)"
  {
    as_root apt-get update &&
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
  } >"$LOG_DIR/apt.log" 2>&1 ||
    fail "apt-get could not install ${packages[*]}; see $LOG_DIR/apt.log"
}

start_redis() {
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes \
    --save '' --appendonly no --maxmemory-policy noeviction --dir "$LOG_DIR" --logfile "$LOG_DIR/redis.log" >/dev/null
}

start_rabbitmq() {
  # The Debian wrapper switches to the rabbitmq user itself when run as root. guest/guest is allowed from
  # loopback by RabbitMQ's defaults, which is exactly where this node listens.
  as_root env RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$AMQP_PORT" \
    rabbitmq-server -detached >"$LOG_DIR/rabbitmq-start.log" 2>&1 || true
}

# Only for a node this script started: a broker someone else runs keeps the users they gave it.
check_guest_login() {
  as_root rabbitmqctl -q authenticate_user guest guest >/dev/null 2>&1 ||
    fail "RabbitMQ refuses guest/guest on loopback; add it with: rabbitmqctl add_user guest guest && rabbitmqctl set_permissions -p / guest '.*' '.*' '.*'"
}

# Waits for $1 (a function) until the shared deadline; returns non-zero when it never answered.
wait_for() {
  while ! "$1"; do
    ((SECONDS < DEADLINE_SECONDS)) || return 1
    sleep 0.5
  done
}

main() {
  install_missing
  mkdir -p "$LOG_DIR"
  local redis_state="already running" rabbitmq_state="already running"
  if ! redis_answers; then
    start_redis || fail "redis-server could not start; see $LOG_DIR/redis.log"
    redis_state="started, persistence off, log $LOG_DIR/redis.log"
  fi
  if ! amqp_answers; then
    start_rabbitmq
    rabbitmq_state="started, logs $LOG_DIR/rabbitmq-start.log and /var/log/rabbitmq/"
  fi
  SECONDS=0
  wait_for redis_answers ||
    fail "Redis did not answer PING on 127.0.0.1:$REDIS_PORT within ${DEADLINE_SECONDS}s; see $LOG_DIR/redis.log"
  wait_for amqp_answers ||
    fail "RabbitMQ did not answer AMQP on 127.0.0.1:$AMQP_PORT within ${DEADLINE_SECONDS}s; see $LOG_DIR/rabbitmq-start.log and /var/log/rabbitmq/rabbit@$(hostname -s).log"
  [[ $rabbitmq_state == "already running" ]] || check_guest_login
  echo "redis     127.0.0.1:$REDIS_PORT  up ($redis_state)"
  echo "rabbitmq  127.0.0.1:$AMQP_PORT  up ($rabbitmq_state; amqp://guest:guest@127.0.0.1:$AMQP_PORT/)"
}

main "$@"
