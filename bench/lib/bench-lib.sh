# Functions of scripts/bench.sh (sourced: it sets $raw, $tag, $export_dir, $duration, $connections, ...).

# A progress line; a script that also keeps its log in a file (faults.sh) defines its own before sourcing this.
declare -F log >/dev/null || log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

readonly release=bin/Release/net10.0
readonly departments=50 months=24 first_day=2025-01-01 messages_per_room=10
readonly chart=Avg_first_response_time
readonly charts_path=/api/v1/livechat/analytics/dashboards/charts-data
# The analytics overview's load runs: overview?name=Conversations (ov) and agent-overview?name=$agent_chart (ag).
readonly agent_chart=Avg_first_response_time overview_connections=16
# Range name → start end. 2026 is the second of the export's two years, so every range is full of rooms.
declare -A range_dates=(
  [1]="2026-03-02 2026-03-02" [7]="2026-03-01 2026-03-07" [31]="2026-03-01 2026-03-31"
  [90]="2026-01-01 2026-03-31" [180]="2026-01-01 2026-06-29" [365]="2026-01-01 2026-12-31"
  [730]="2025-01-01 2026-12-31"
)
pids_dir=""
namespace_ready=false
# Where the programs run from: the Release output of this checkout unless the caller points elsewhere
# (scripts/bench-ab.sh builds them from other commits into directories of their own).
projector_dir="${projector_dir:-src/Projector/$release}"
ingestor_dir="${ingestor_dir:-src/Ingestor/$release}"
benchmarks_dll="bench/Benchmarks/$release/OmniCharts.Benchmarks.dll"

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  as_root apt-get install -y "$@" >>"$raw/apt.log" 2>&1 ||
    { as_root apt-get update >>"$raw/apt.log" 2>&1 && as_root apt-get install -y "$@" >>"$raw/apt.log" 2>&1; }
}

ensure_tools() {
  command -v wrk >/dev/null || { log "installing wrk (Debian package)"; apt_install wrk; }
  if ! python3 -c 'import matplotlib' 2>/dev/null && ! command -v gnuplot >/dev/null; then
    log "installing gnuplot-nox for the plot"
    apt_install gnuplot-nox
  fi
  command -v redis-cli >/dev/null || apt_install redis-tools
}

# build_programs: the Release build of everything the benchmarks run; prints the build log and exits on failure.
build_programs() {
  local project
  log "build (Release)"
  for project in src/Projector src/QueryApi src/Ingestor tools/ExportGenerator bench/Benchmarks; do
    dotnet build "$project" -c Release --nologo -v quiet -clp:NoSummary\;ErrorsOnly >"$raw/build.log" 2>&1 ||
      { cat "$raw/build.log"; echo "$(basename "$0"): build of $project failed" >&2; exit 1; }
  done
}

write_machine() {
  {
    echo "nproc=$(nproc)"
    echo "cpu_model=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')\""
    echo "mem_total=\"$(free -h | awk '/^Mem:/ {print $2}')\""
    echo "commit=$(git rev-parse HEAD)"
    echo "branch=$(git rev-parse --abbrev-ref HEAD)"
    echo "dirty=$(git status --porcelain -- src tools bench scripts ':!bench/results' ':!bench/.data' | wc -l)"
    echo "date=\"$(date -u '+%Y-%m-%d %H:%M:%S UTC')\""
    echo "kernel=\"$(uname -sr)\""
    echo "dotnet=$(dotnet --version)"
    echo "redis=$(redis-cli INFO server | tr -d '\r' | awk -F: '/^redis_version/ {print $2}')"
    echo "rabbitmq=$(rabbitmqctl version 2>/dev/null || echo unknown)"
    echo "wrk=\"$(wrk -v 2>&1 | head -1 | cut -c1-40)\""
    echo "loadavg_start=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
  } >"$1"
  free -h >"$raw/free.txt"
}

setup_namespace() {
  pids_dir="$(mktemp -d "${TMPDIR:-/tmp}/omnicharts-bench.XXXXXX")"
  export ReadModel__KeyPrefix="$tag" Bus__EntityPrefix="$tag" RocketChat__ServerTimeZone=UTC
  # A vhost of its own makes the broker clean-up one command; the entity prefix is kept as the issue asks.
  if as_root rabbitmqctl add_vhost "$tag" >/dev/null 2>&1 &&
    as_root rabbitmqctl set_permissions -p "$tag" guest '.*' '.*' '.*' >/dev/null 2>&1; then
    export ConnectionStrings__rabbitmq="amqp://guest:guest@127.0.0.1:5672/$tag"
    echo "vhost=$tag" >"$raw/namespace.env"
  else
    echo "vhost=/" >"$raw/namespace.env"
  fi
  echo "key_prefix=$tag" >>"$raw/namespace.env"
  namespace_ready=true
}

cleanup_namespace() {
  $namespace_ready || return 0
  log "removing Redis keys $tag:* and RabbitMQ vhost $tag"
  if [[ -f "$benchmarks_dll" ]]; then
    dotnet "$benchmarks_dll" keyspace-clean --prefix "$tag" || true
  elif [[ "$tag" == bench* ]]; then
    # Without the Benchmarks build (scripts/bench-ab.sh): the same SCAN + UNLINK from the shell.
    redis-cli --scan --pattern "$tag:*" | xargs -r -d '\n' -n 5000 redis-cli UNLINK >/dev/null || true
    [[ -z "$(redis-cli --scan --pattern "$tag:*" | head -1)" ]] || echo "bench: WARNING: keys under $tag: are left in Redis" >&2
  fi
  grep -q "vhost=$tag" "$raw/namespace.env" && as_root rabbitmqctl delete_vhost "$tag" >/dev/null 2>&1 || true
  namespace_ready=false
}

# start_server NAME DIR ARGS...: runs `dotnet ARGS` in DIR (its appsettings.json is the content root) in its own session.
start_server() {
  local name=$1 dir=$2
  shift 2
  (cd "$dir" && exec setsid dotnet "$@") >"$raw/$name.log" 2>&1 </dev/null &
  echo $! >"$pids_dir/$name.pid"
}

stop_server() {
  local file="$pids_dir/$1.pid" pid
  [[ -n "$pids_dir" && -f "$file" ]] || return 0
  pid=$(cat "$file")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in {1..20}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$file"
}

stop_servers() { for name in Projector QueryApi QueryApiComputed Baseline BaselineDb; do stop_server "$name"; done; }

cleanup() {
  stop_servers
  stop_postgres
  cleanup_namespace
  [[ -n "$pids_dir" ]] && rm -rf "$pids_dir"
}

wait_for() {
  local what=$1 deadline=$((SECONDS + $2)) check=$3
  until eval "$check"; do
    ((SECONDS < deadline)) || { echo "bench: $what not ready in $2 s" >&2; tail -n 30 "$raw"/*.log >&2; exit 1; }
    sleep 1
  done
}

calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

used_memory() { redis-cli INFO memory | tr -d '\r' | awk -F: '/^used_memory:/ {print $2}'; }

# CPU seconds (user + system) a process has used so far; 0 when it is gone.
cpu_seconds() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  awk -v ticks="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / ticks }' <<<"$stat"
}

# The shared servers' processes: other redis-server and beam.smp processes may run on the machine (private test
# servers), so they are found by what they serve, not by name.
redis_pid() { redis-cli INFO server | tr -d '\r' | awk -F: '/^process_id:/ {print $2}'; }
rabbitmq_pid() { ss -Hltnp 'sport = :5672' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

redis_cpu_seconds() { cpu_seconds "$(redis_pid)"; }

# PostgreSQL runs a process per connection: its CPU is every postgres process's own time plus what the
# postmaster has collected from the children that already exited.
postgres_cpu_seconds() {
  local pid total=0 master
  master=$(head -1 "$pg_dir/data/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  for pid in $(pgrep -u postgres -x postgres); do total=$(calc "$total + $(cpu_seconds "$pid")"); done
  awk -v ticks="$(getconf CLK_TCK)" -v total="$total" '{ sub(/^.*\) /, ""); printf "%.3f", total + ($14 + $15) / ticks }' "/proc/$master/stat"
}

export_ready() { [[ -f "$export_dir/.complete" ]]; }

# prepare_export GENERATOR_DLL: generates $export_dir unless a complete one is there, then writes raw/dataset.env.
prepare_export() {
  if ! export_ready; then
    log "generating $rooms rooms into $export_dir"
    rm -rf "$export_dir"
    dotnet "$1" --out "$export_dir" --seed "$seed" --rooms "$rooms" --departments "$departments" \
      --start "$first_day" --months "$months" --messages-per-room "$messages_per_room" | tee "$raw/generate.txt"
    touch "$export_dir/.complete"
  else
    log "reusing $export_dir (deterministic by seed and size)"
    echo "reused" >"$raw/generate.txt"
  fi
  {
    echo "rooms_requested=$rooms"; echo "seed=$seed"; echo "departments=$departments"; echo "months=$months"
    echo "first_day=$first_day"; echo "size=$size"; echo "duration=$duration"; echo "connections=\"$connections\""
    echo "livechat_rooms=$(grep -c '"t":"l"' "$export_dir/rocketchat_room.json")"
    echo "room_lines=$(wc -l <"$export_dir/rocketchat_room.json")"
    echo "message_lines=$(wc -l <"$export_dir/rocketchat_message.json")"
    echo "export_bytes=$(du -sb "$export_dir" | cut -f1)"
  } >"$raw/dataset.env"
}

source bench/lib/bench-replay.sh
source bench/lib/bench-postgres.sh
source bench/lib/bench-queries.sh
source bench/lib/bench-encoding.sh
