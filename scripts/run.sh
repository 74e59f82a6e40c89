#!/usr/bin/env bash
# The demo: starts Redis and RabbitMQ, builds, runs the Projector and the QueryApi in the background,
# replays the bundled Rocket.Chat export through RabbitMQ into Redis and asks the API for two charts.
#   ./scripts/run.sh                 everything, then stops the Projector and the QueryApi
#   ./scripts/run.sh --keep-running  leaves them running (logs in .run/) to try more requests
#   ./scripts/run.sh --stop          stops what a --keep-running left behind
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

readonly api=http://127.0.0.1:5080
readonly run_dir="$repo_root/.run"
readonly sample=samples/rocketchat-export
readonly ready_deadline_seconds=90

fail() {
  local message=$1
  shift
  echo "run: FAILED: $message" >&2
  for log in "$@"; do
    echo "--- last lines of $log" >&2
    tail -n 40 "$log" >&2 2>/dev/null || echo "(no log)" >&2
  done
  exit 1
}

# Each program runs in its own session so that stopping it also stops the app `dotnet run` started.
start_background() {
  local name=$1
  shift
  setsid dotnet run --no-build --project "src/$name" "$@" >"$run_dir/$name.log" 2>&1 </dev/null &
  echo $! >"$run_dir/$name.pid"
}

is_running() {
  [[ -f "$run_dir/$1.pid" ]] && kill -0 "$(cat "$run_dir/$1.pid")" 2>/dev/null
}

stop_background() {
  local name pid
  for name in QueryApi Projector; do
    [[ -f "$run_dir/$name.pid" ]] || continue
    pid=$(cat "$run_dir/$name.pid")
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in {1..20}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$run_dir/$name.pid"
  done
}

wait_until_started() {
  local deadline=$((SECONDS + ready_deadline_seconds))
  # Live, not ready: the QueryApi is ready only once the read model is complete, which the replay below does.
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health/live")" == 200 ]]; do
    is_running QueryApi || fail "the QueryApi exited before it started" "$run_dir/QueryApi.log"
    is_running Projector || fail "the Projector exited" "$run_dir/Projector.log"
    ((SECONDS < deadline)) ||
      fail "GET $api/health/live did not answer 200 within ${ready_deadline_seconds}s" "$run_dir/QueryApi.log"
    sleep 1
  done
  # Events published before the Projector has declared its queues would have nowhere to go on a fresh
  # broker: MassTransit logs "Bus started" only once every receive endpoint is up.
  until grep -q "Bus started" "$run_dir/Projector.log" 2>/dev/null; do
    is_running Projector || fail "the Projector exited" "$run_dir/Projector.log"
    ((SECONDS < deadline)) || fail "the Projector's bus did not start within ${ready_deadline_seconds}s" "$run_dir/Projector.log"
    sleep 1
  done
}

# The replay marked the read model complete: the QueryApi says it is ready, or why not.
check_ready() {
  local status
  status=$(curl -s -o "$run_dir/ready.json" -w '%{http_code}' "$api/health/ready")
  [[ "$status" == 200 ]] || fail "GET $api/health/ready answered $status after the replay: $(cat "$run_dir/ready.json")" "$run_dir/QueryApi.log"
  echo "== $api/health/ready: 200, the read model is complete"
}

show_chart() {
  show "dashboards/charts-data?$1"
}

# GET /api/v1/livechat/analytics/<path and query> as the demo manager, printed with its answer.
show() {
  local url="$api/api/v1/livechat/analytics/$1"
  local auth=(-H 'X-User-Id: demo-manager' -H 'X-Auth-Token: demo-manager-token')
  echo
  echo "\$ curl -s -H 'X-User-Id: demo-manager' -H 'X-Auth-Token: demo-manager-token' '$url'"
  curl -sS -w '\n(HTTP %{http_code})\n' "${auth[@]}" "$url" || fail "the QueryApi did not answer $url" "$run_dir/QueryApi.log"
}

main() {
  local keep_running=false
  case "${1:-}" in
    "") ;;
    --keep-running) keep_running=true ;;
    --stop) stop_background; echo "stopped"; return 0 ;;
    *) echo "usage: $0 [--keep-running | --stop]" >&2; exit 2 ;;
  esac
  command -v curl >/dev/null || fail "curl is needed: apt-get install -y curl"
  mkdir -p "$run_dir"
  if curl -s -o /dev/null "$api/health/ready"; then
    fail "something already answers on $api: a previous './scripts/run.sh --keep-running'? Stop it with './scripts/run.sh --stop'."
  fi

  ./deploy/start-services.sh
  echo "== build"
  dotnet build OmniCharts.slnx --nologo -v quiet -clp:NoSummary\;ErrorsOnly >"$run_dir/build.log" 2>&1 ||
    fail "dotnet build failed" "$run_dir/build.log"

  echo "== starting the Projector and the QueryApi (logs in .run/)"
  trap stop_background EXIT
  trap 'exit 130' INT TERM
  start_background Projector
  start_background QueryApi --urls "$api"
  wait_until_started

  echo "== replaying $sample"
  dotnet run --no-build --project src/Ingestor -- replay --from "$sample" --wait 2>&1 | tee "$run_dir/Ingestor.log" ||
    fail "the replay failed" "$run_dir/Projector.log"
  check_ready

  echo "== asking for charts"
  show_chart 'chartName=Total_conversations&start=2026-03-01&end=2026-03-07'
  show_chart 'chartName=Avg_first_response_time&start=2026-03-02&end=2026-03-02'
  echo
  echo "== asking for the Analytics page's cards and agents table"
  show 'overview?name=Conversations&from=2026-06-01&to=2026-06-30'
  show 'overview?name=Productivity&from=2026-06-01&to=2026-06-30'
  show 'agent-overview?name=Total_conversations&from=2026-06-01&to=2026-06-30'

  if $keep_running; then
    trap - EXIT
    echo
    echo "The Projector and the QueryApi keep running on $api (logs in .run/). Stop them with: ./scripts/run.sh --stop"
  fi
}

main "$@"
