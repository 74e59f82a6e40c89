# Functions of scripts/faults.sh (sourced after bench-lib.sh: it sets $raw, $tmp, $export_dir, the ports, ...).
#
# Private servers: a redis-server and a RabbitMQ node of the suite's own, on their own ports with their data under
# $tmp, so that the shared servers on 6379/5672 (the test suite's) are never stopped.

faults_py=bench/faults/faults.py
ingestor_dll="src/Ingestor/$release/OmniCharts.Ingestor.dll"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- Redis ---------------------------------------------------------------------------------------------------------

# start_private_redis aof|volatile: aof keeps everything in $tmp/redis (appendfsync everysec); volatile is the
# dev configuration, nothing on disk, started on an emptied directory.
start_private_redis() {
  local persistence=(--appendonly yes --appendfsync everysec)
  if [[ $1 == volatile ]]; then
    persistence=(--appendonly no)
    rm -rf "$tmp/redis"
  fi
  mkdir -p "$tmp/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --pidfile "$tmp/redis.pid" --dir "$tmp/redis" \
    --logfile "$tmp/redis.log" --save '' --maxmemory-policy noeviction "${persistence[@]}" >/dev/null
  wait_until "the private Redis" 60 '[[ "$(redis-cli -p "$redis_port" PING 2>/dev/null)" == PONG ]]'
}

kill_private_redis() { # SIGKILL: a crash, nothing flushed on the way out
  local pid
  pid=$(cat "$tmp/redis.pid" 2>/dev/null) || return 0
  kill -KILL "$pid" 2>/dev/null || true
  wait_until "the private Redis to die" 30 '! kill -0 "$pid" 2>/dev/null'
  rm -f "$tmp/redis.pid"
}

pr_redis() { redis-cli -p "$redis_port" "$@"; }

# --- RabbitMQ ------------------------------------------------------------------------------------------------------

rabbit_env() {
  env HOME="$tmp/rabbit/home" RABBITMQ_NODENAME="$rabbit_node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT="$amqp_port" RABBITMQ_DIST_PORT="$dist_port" RABBITMQ_MNESIA_BASE="$tmp/rabbit/mnesia" \
    RABBITMQ_LOG_BASE="$tmp/rabbit/log" RABBITMQ_PID_FILE="$tmp/rabbit/rabbit.pid" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$tmp/rabbit/enabled_plugins" RABBITMQ_CONFIG_FILE="$tmp/rabbit/rabbitmq.conf" \
    RABBITMQ_ADVANCED_CONFIG_FILE="$tmp/rabbit/advanced.config" RABBITMQ_CONF_ENV_FILE="$tmp/rabbit/rabbitmq-env.conf" "$@"
}

amqp_answers() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$amqp_port" && printf 'AMQP\x00\x00\x09\x01' >&3 &&
      IFS= read -r -d '' -n 1 -t 2 frame_type <&3 && [[ $frame_type == $'\x01' ]]
  ) 2>/dev/null
}

# A second node beside the shared one: its own name, ports, data and cookie (HOME), no plugins. The scripts under
# /usr/lib/rabbitmq/bin are called directly: the /usr/sbin wrappers switch to the rabbitmq user, who could not
# write $tmp.
start_private_rabbit() {
  if [[ ! -d "$tmp/rabbit" ]]; then
    mkdir -p "$tmp/rabbit/home" "$tmp/rabbit/mnesia" "$tmp/rabbit/log"
    echo '[].' >"$tmp/rabbit/enabled_plugins"
    : >"$tmp/rabbit/rabbitmq.conf"
  fi
  rabbit_env /usr/lib/rabbitmq/bin/rabbitmq-server -detached >>"$tmp/rabbit/start.log" 2>&1
  wait_until "the private RabbitMQ node $rabbit_node" 300 'amqp_answers'
}

# SIGTERM is the node's graceful stop, the same shutdown as `rabbitmqctl stop` (which also works here, but its
# Erlang CLI needs ~50 s to boot on this loaded 2-core machine: the broker would go down long after the fault's time).
stop_private_rabbit() {
  local pid
  pid=$(cat "$tmp/rabbit/rabbit.pid" 2>/dev/null) || return 0
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 120))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$tmp/rabbit/rabbit.pid"
}

# --- Programs ------------------------------------------------------------------------------------------------------

wait_until() { # wait_until WHAT SECONDS CHECK: like bench-lib's wait_for, at 0.2 s steps, and returns 1 instead of exiting
  local what=$1 deadline=$((SECONDS + $2)) check=$3
  until eval "$check"; do
    ((SECONDS < deadline)) || { echo "faults: $what not ready in $2 s" >&2; return 1; }
    sleep 0.2
  done
}

now() { date +%s.%N; }

round_env() { # round_env ROUND: the round's own key prefix and entity prefix on the private servers
  export ReadModel__KeyPrefix="$tag-r$1" Bus__EntityPrefix="$tag-r$1" RocketChat__ServerTimeZone=UTC \
    ConnectionStrings__redis="127.0.0.1:$redis_port" \
    ConnectionStrings__rabbitmq="amqp://guest:guest@127.0.0.1:$amqp_port/"
}

start_projector() { # start_projector NAME
  local projector=$1 # (the check is evaluated inside wait_until, where $1 is another)
  start_server "$projector" "src/Projector/$release" OmniCharts.Projector.dll
  wait_until "the Projector's bus ($projector)" 180 'grep -qs "Bus started" "$raw/$projector.log"'
}

start_queryapi() { # start_queryapi NAME
  start_server "$1" "src/QueryApi/$release" OmniCharts.QueryApi.dll --urls "http://127.0.0.1:$api_port"
  wait_until "the QueryApi ($1)" 180 \
    '[[ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$api_port/health/live")" == 200 ]]'
}

kill_server() { # kill_server NAME: SIGKILL to the program's whole session
  local pid
  pid=$(cat "$pids_dir/$1.pid")
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pids_dir/$1.pid"
}

# start_ingestor NAME ARGS...: the Ingestor in the background, its lines stamped with seconds since its start into
# raw/NAME.txt; $ingestor_pid is the dotnet process itself (a SIGKILL reaches the program, not a pipe).
start_ingestor() {
  local name=$1 t0
  shift
  t0=$(now)
  dotnet "$ingestor_dll" "$@" > >(stamp "$t0" >"$raw/$name.txt") 2>&1 </dev/null &
  ingestor_pid=$!
  echo "$ingestor_pid" >"$pids_dir/$name.ingestor"
  ingestor_started=$t0
}

stamp() { while IFS= read -r line; do printf '%s %s\n' "$(calc "$(now) - $1")" "$line"; done; }

# wait_ingestor NAME: its exit code in $ingestor_rc and its duration in $ingestor_seconds.
wait_ingestor() {
  ingestor_rc=0
  wait "$ingestor_pid" || ingestor_rc=$?
  ingestor_seconds=$(calc "$(now) - $ingestor_started")
  rm -f "$pids_dir/$1.ingestor"
  sleep 0.3 # the stamping subshell writes its last lines
}

# run_counts FILE: "applied failed published" from the last `projector: applied N, failed M of P` line
run_counts() {
  grep -o 'projector: applied [0-9]*, failed [0-9]* of [0-9]*' "$1" | tail -1 |
    sed 's/projector: applied \([0-9]*\), failed \([0-9]*\) of \([0-9]*\)/\1 \2 \3/' || true
}

# --- Load and answers ----------------------------------------------------------------------------------------------

start_load() { # start_load ROUND: the watcher's passes over the request set and wrk on one chart, until stop_load
  rm -f "$tmp/stop-load"
  python3 "$faults_py" watch "http://127.0.0.1:$api_port" "$raw/requests.txt" "$raw/r$1-watch.tsv" "$tmp/stop-load" &
  watch_pid=$!
  FAULTS_WRK_OUT="$raw/r$1-wrk-bodies.tsv" wrk -t1 -c"$wrk_connections" -d3600s --timeout 10s --latency \
    -s bench/wrk/faults.lua "http://127.0.0.1:$api_port$wrk_path" >"$raw/r$1-wrk.txt" 2>&1 &
  wrk_pid=$!
}

stop_load() {
  touch "$tmp/stop-load"
  [[ -n "${wrk_pid:-}" ]] && { kill -INT "$wrk_pid" 2>/dev/null || true; wait "$wrk_pid" 2>/dev/null || true; }
  [[ -n "${watch_pid:-}" ]] && { wait "$watch_pid" 2>/dev/null || true; }
  wrk_pid="" watch_pid=""
}

differing() { # differing ACTUAL.json: how many requests differ from the fault-free answers
  python3 "$faults_py" diff "$raw/expected.json" "$1" >"$1.diff" 2>&1 || true
  head -1 "$1.diff"
}

# wait_exact ROUND SECONDS: until a snapshot of the request set equals the fault-free answers (or the time is up);
# the last snapshot is raw/rROUND-final.json.
wait_exact() {
  local deadline=$((SECONDS + $2))
  while :; do
    python3 "$faults_py" snapshot "http://127.0.0.1:$api_port" "$raw/requests.txt" "$raw/r$1-final.json"
    [[ "$(differing "$raw/r$1-final.json")" == 0 ]] && return 0
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

# --- Clean-up ------------------------------------------------------------------------------------------------------

faults_cleanup() {
  local file
  set +e
  stop_load
  if [[ -n "$pids_dir" && -d "$pids_dir" ]]; then
    for file in "$pids_dir"/*.ingestor; do if [[ -f $file ]]; then kill -KILL "$(cat "$file")" 2>/dev/null; fi; done
    for file in "$pids_dir"/*.pid; do if [[ -f $file ]]; then stop_server "$(basename "$file" .pid)"; fi; done
  fi
  if [[ -n "$tmp" && -d "$tmp" ]]; then
    kill_private_redis
    stop_private_rabbit
    # The node starts epmd when none runs; one that was not there before the suite is the suite's.
    if [[ -z "$epmd_before" ]] && pgrep -x epmd >/dev/null; then kill "$(pgrep -x epmd)" 2>/dev/null; fi
    rm -rf "$tmp"
  fi
  [[ -n "$pids_dir" ]] && rm -rf "$pids_dir"
}
