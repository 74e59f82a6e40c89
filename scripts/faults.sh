#!/usr/bin/env bash
# The fault suite (issue 11, item 7): the real programs (Projector, QueryApi, Ingestor, Release) on a generated
# export, on a private Redis (AOF, appendfsync everysec, noeviction) and a private RabbitMQ node, with the QueryApi
# under load (wrk, and a watcher that passes over a fixed request set), one fault per round:
#   0 none (the fault-free run whose answers every round is compared with)
#   1 SIGKILL the Projector mid-replay, start it again     2 stop and start RabbitMQ mid-replay
#   3 SIGKILL Redis (AOF) mid-replay, start it again       4 lose Redis (restart without persistence), then recover
#   5 a poison (malformed) event published mid-replay      6 SIGKILL the Ingestor mid-replay, replay again
# Writes bench/results/<date>-faults/report.md (per round: answers differing from the fault-free run, answers wrong
# rather than 503, events lost, time to recover) with the raw logs in raw/.
#   ./scripts/faults.sh [--rooms 20000] [--seed 42] [--rounds "1 2 3 4 5 6"] [--connections 4] [--fault-at 0.4]
#                       [--out DIR]
# --fault-at: when rounds 1, 2, 3 and 5 strike: once the read model holds that fraction of the keys the fault-free
# run ended with.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 PATH="$PATH:/usr/sbin:/sbin"

rooms=20000 seed=42 rounds="1 2 3 4 5 6" wrk_connections=4 fault_at=0.4 out=""
while (($#)); do
  case "$1" in
    --rooms) rooms=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --connections) wrk_connections=$2; shift 2 ;;
    --fault-at) fault_at=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "faults: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

readonly stamp="$(date -u +%Y%m%d-%H%M%S)"
readonly tag="faults-${stamp//-/}"
readonly api_port=5380 redis_port=6391 amqp_port=5699 dist_port=25699
readonly rabbit_node="$tag@localhost"
readonly wrk_path="/api/v1/livechat/analytics/dashboards/charts-data?chartName=Avg_first_response_time&start=2026-03-01&end=2026-03-31"
results="${out:-bench/results/$(date -u +%Y-%m-%d-%H%M)-faults}"
raw="$results/raw"
export_dir="bench/.data/export-r$rooms-s$seed"
size="r$rooms" duration=0 connections=$wrk_connections # what bench-lib's prepare_export records
mkdir -p "$raw"
log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$raw/faults.log"; }

# shellcheck source=bench/lib/bench-lib.sh
source bench/lib/bench-lib.sh
# shellcheck source=bench/lib/faults-lib.sh
source bench/lib/faults-lib.sh

for port in $api_port $redis_port $amqp_port $dist_port; do
  port_free "$port" || { echo "faults: port $port is in use" >&2; exit 1; }
done

tmp="" epmd_before="$(pgrep -x epmd || true)"
trap faults_cleanup EXIT
trap 'exit 130' INT TERM
tmp="$(mktemp -d "${TMPDIR:-/tmp}/omnicharts-faults.XXXXXX")"
pids_dir="$tmp/pids"
mkdir -p "$pids_dir"

log "prerequisites (shared services for redis-cli/wrk installs only; the rounds use private servers)"
./deploy/start-services.sh >/dev/null
ensure_tools
log "build (Release)"
for project in src/Projector src/QueryApi src/Ingestor tools/ExportGenerator; do
  dotnet build "$project" -c Release --nologo -v quiet -clp:NoSummary\;ErrorsOnly >"$raw/build.log" 2>&1 ||
    { cat "$raw/build.log"; echo "faults: build of $project failed" >&2; exit 1; }
done
write_machine "$raw/machine.env"
prepare_export "tools/ExportGenerator/$release/OmniCharts.ExportGenerator.dll"
python3 "$faults_py" requests "$export_dir" "$raw/requests.txt"

log "private Redis on :$redis_port (AOF everysec, noeviction) and RabbitMQ node $rabbit_node on :$amqp_port"
start_private_redis aof
start_private_rabbit
{
  echo "redis_port=$redis_port"; echo "amqp_port=$amqp_port"; echo "rabbit_node=$rabbit_node"
  echo "private_redis=$(pr_redis INFO server | tr -d '\r' | awk -F: '/^redis_version/ {print $2}')"
  echo "rabbitmq_node_version=\"$(grep -m1 -o 'RabbitMQ [0-9.]*' "$tmp/rabbit/log/$rabbit_node.log" || echo unknown)\""
  echo "requests=$(wc -l <"$raw/requests.txt")"; echo "wrk_connections=$wrk_connections"; echo "fault_at=$fault_at"
  echo "wrk_path=\"$wrk_path\""
} >"$raw/suite.env"

# --- The rounds ------------------------------------------------------------------------------------------------

begin_round() { # begin_round ROUND: empty private Redis, the round's namespace, Projector + QueryApi, load on
  log "round $1: ${round_names[$1]}"
  pr_redis FLUSHALL >/dev/null
  round_env "$1"
  start_projector "r$1-Projector"
  start_queryapi "r$1-QueryApi"
  start_load "$1"
  round_file="$raw/r$1.env"
  : >"$round_file"
}

note() { echo "$1=\"$2\"" >>"$round_file"; } # note KEY VALUE: one figure of the round

# end_round ROUND T_FAULT REPLAY: waits until the answers are exact again, compares, stops everything, classifies
end_round() {
  local r=$1 counts exact=yes
  wait_exact "$r" 240 || exact=no
  stop_load
  counts=($(run_counts "$raw/$3.txt"))
  note exact_within_240s "$exact"
  note differing "$(differing "$raw/r$r-final.json")"
  note applied "${counts[0]:-}"; note failed "${counts[1]:-}"; note published "${counts[2]:-}"
  note lost "$(( ${counts[2]:-0} - ${counts[0]:-0} - ${counts[1]:-0} ))"
  note t_fault "$2"
  python3 "$faults_py" classify "$raw/r$r-watch.tsv" "$raw/expected.json" "$2" "$raw/r$r-wrk-bodies.tsv" "$wrk_path" \
    >>"$round_file"
  for name in "$pids_dir/r$r-"*.pid; do if [[ -f $name ]]; then stop_server "$(basename "$name" .pid)"; fi; done
  log "round $r: $(tr '\n' ' ' <"$round_file" | cut -c1-400)"
}

# replay NAME: starts `replay --from <export> --wait` in the background
replay() { start_ingestor "$1" replay --from "$export_dir" --wait --wait-timeout 1800; }

finish_replay() { # finish_replay NAME
  wait_ingestor "$1"
  note "${1#r?-}_exit" "$ingestor_rc"; note "${1#r?-}_seconds" "$ingestor_seconds"
}

declare -A round_names=(
  [0]="no fault (the reference answers)" [1]="SIGKILL the Projector mid-replay, then start it again"
  [2]="stop and start RabbitMQ mid-replay" [3]="SIGKILL Redis (AOF everysec) mid-replay, then start it again"
  [4]="Redis restarted without persistence (read model lost), then a replay" [5]="a poison event mid-replay"
  [6]="SIGKILL the Ingestor mid-replay, then replay again"
)

round_0() {
  begin_round 0
  local t0
  t0=$(now)
  replay r0-replay
  finish_replay r0-replay
  reference_seconds=$ingestor_seconds
  wait_until "the read model to be ready" 120 \
    '[[ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$api_port/health/ready")" == 200 ]]'
  python3 "$faults_py" snapshot "http://127.0.0.1:$api_port" "$raw/requests.txt" "$raw/expected.json"
  reference_keys=$(pr_redis DBSIZE)
  echo "reference_keys=$reference_keys" >>"$raw/suite.env"
  python3 - "$raw/expected.json" <<'EOF' || { echo "faults: the reference answers are not all 200" >&2; exit 1; }
import json, sys
answers = json.load(open(sys.argv[1]))
bad = [p for p, (status, _) in answers.items() if status != 200]
print(f"reference: {len(answers) - len(bad)} of {len(answers)} answers are 200")
sys.exit(1 if bad else 0)
EOF
  end_round 0 "$t0" r0-replay
}

# strike_point: waits until the replay is under way for real, the read model holding $fault_at of the keys the
# reference run ended with (a time would strike before anything was applied on a slow or loaded machine)
strike_point() {
  local target
  target=$(awk -v k="$reference_keys" -v f="$fault_at" 'BEGIN { printf "%d", k * f }')
  wait_until "the read model to hold $target keys" 1800 '(( $(pr_redis DBSIZE) >= target ))'
  note keys_at_fault "$(pr_redis DBSIZE) (reference final: $reference_keys)"
}

round_1() {
  begin_round 1
  replay r1-replay
  strike_point
  local t_fault
  t_fault=$(now)
  kill_server r1-Projector
  note projector_killed_after "$(calc "$t_fault - $ingestor_started")"
  sleep 3
  start_projector r1-Projector-2
  note projector_back_after "$(calc "$(now) - $t_fault")"
  finish_replay r1-replay
  end_round 1 "$t_fault" r1-replay
}

round_2() {
  begin_round 2
  replay r2-replay
  strike_point
  local t_fault
  t_fault=$(now)
  stop_private_rabbit
  note rabbit_stopped_in "$(calc "$(now) - $t_fault")"
  note rabbit_stopped_after "$(calc "$t_fault - $ingestor_started")"
  sleep 5
  start_private_rabbit
  note rabbit_back_after "$(calc "$(now) - $t_fault")"
  finish_replay r2-replay
  end_round 2 "$t_fault" r2-replay
}

round_3() {
  begin_round 3
  replay r3-replay
  strike_point
  local t_fault
  t_fault=$(now)
  note keys_before "$(pr_redis DBSIZE)"
  kill_private_redis
  note redis_killed_after "$(calc "$t_fault - $ingestor_started")"
  sleep 2
  start_private_redis aof
  note redis_back_after "$(calc "$(now) - $t_fault")"
  note keys_after_restart "$(pr_redis DBSIZE)"
  finish_replay r3-replay
  end_round 3 "$t_fault" r3-replay
}

round_4() {
  begin_round 4
  replay r4-replay-first
  finish_replay r4-replay-first
  wait_exact 4 240 || { log "round 4: the first replay did not give the reference answers"; }
  note exact_before_fault "$(differing "$raw/r4-final.json")"
  sleep 3
  local t_fault
  t_fault=$(now)
  kill_private_redis
  start_private_redis volatile
  note redis_back_empty_after "$(calc "$(now) - $t_fault")"
  sleep 10 # the QueryApi must say 503 [read-model-empty], never 401, never numbers
  note ready_while_lost "$(curl -s "http://127.0.0.1:$api_port/health/ready" | tr -d '\n' | cut -c1-300)"
  # rebuild needs a complete read model beside which to build; on a lost one it refuses and names replay/backfill.
  start_ingestor r4-rebuild rebuild --from "$export_dir"
  wait_ingestor r4-rebuild
  note rebuild_exit "$ingestor_rc"
  replay r4-replay-recovery
  note recovery_started_after "$(calc "$ingestor_started - $t_fault")"
  finish_replay r4-replay-recovery
  end_round 4 "$t_fault" r4-replay-recovery
  kill_private_redis
  rm -rf "$tmp/redis" && mkdir -p "$tmp/redis"
  start_private_redis aof
}

round_5() {
  begin_round 5
  replay r5-replay
  strike_point
  local t_fault poison
  t_fault=$(now)
  # A RoomChanged in MassTransit's envelope, as the Ingestor publishes it, but with a negative SourceVersion and
  # in the middle of the busiest day's chart (2026-03-02): applied, it would change the answers.
  poison=$(printf '{"messageId":"%s","messageType":["urn:message:omnicharts:room-changed:v1"],"message":{"roomId":"poison-room","sourceVersion":-1,"roomType":"l","createdAt":"2026-03-02T10:00:00+00:00","departmentId":null,"chatDurationSeconds":60,"firstResponseSeconds":5,"averageResponseSeconds":5,"firstReactionSeconds":5},"sentTime":"%s","headers":{}}' \
    "$(cat /proc/sys/kernel/random/uuid)" "$(date -u +%Y-%m-%dT%H:%M:%SZ)")
  echo "$poison" >"$raw/r5-poison.json"
  python3 "$faults_py" publish "$ConnectionStrings__rabbitmq" "$Bus__EntityPrefix.omnicharts.room-changed" "$poison"
  note poison_published_after "$(calc "$t_fault - $ingestor_started")"
  finish_replay r5-replay
  end_round 5 "$t_fault" r5-replay
  local queue found=no
  for queue in "$Bus__EntityPrefix-room-changed_error" "${Bus__EntityPrefix}room-changed_error"; do
    if python3 "$faults_py" get "$ConnectionStrings__rabbitmq" "$queue" >"$raw/r5-error-queue.txt" 2>&1; then
      found=yes; note error_queue "$queue"; break
    fi
  done
  note error_queue_found "$found"
  note error_queue_messages "$(sed -n 's/^messages=//p' "$raw/r5-error-queue.txt")"
  note error_reason "$(sed -n 's/^MT-Fault-Message=//p' "$raw/r5-error-queue.txt")"
  pr_redis --scan --pattern "*poison-room*" >"$raw/r5-poison-keys.txt"
  note poison_keys_in_redis "$(tr '\n' ' ' <"$raw/r5-poison-keys.txt")"
}

round_6() {
  begin_round 6
  replay r6-replay-killed
  # Killed while it publishes: once the rooms are out and the messages are being read.
  wait_until "the rooms published" 120 'grep -q "rocketchat_room.json: read .* in " "$raw/r6-replay-killed.txt"' || true
  local t_fault
  t_fault=$(now)
  kill -KILL "$ingestor_pid"
  note ingestor_killed_after "$(calc "$t_fault - $ingestor_started")"
  finish_replay r6-replay-killed
  note state_after_kill "$(pr_redis HGETALL "$ReadModel__KeyPrefix:state" | tr '\n' ' ' | cut -c1-300)"
  sleep 3
  replay r6-replay-again
  finish_replay r6-replay-again
  end_round 6 "$t_fault" r6-replay-again
}

reference_seconds="" reference_keys=""
round_0
for r in $rounds; do "round_$r"; done
echo "loadavg_end=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" >>"$raw/machine.env"
cp "$tmp/redis.log" "$raw/private-redis.log" 2>/dev/null || true
cp "$tmp/rabbit/log/$rabbit_node.log" "$raw/private-rabbitmq.log" 2>/dev/null || true

log "report"
python3 bench/faults/report.py "$results" | tee "$results/summary.txt"
log "done: $results/report.md"
