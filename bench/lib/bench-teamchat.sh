# Functions of scripts/bench-teamchat.sh (sourced after bench-lib.sh: it sets $raw, $tag, $export_dir, $team_dir, ...).

# generate_export DIR SUMMARY [EXTRA OPTIONS...]: bench.sh's export of $rooms rooms (same seed, departments, months),
# plus the extra options; reused when a complete one is there (the generator is deterministic).
generate_export() {
  local dir=$1 summary=$2
  shift 2
  if [[ -f "$dir/.complete" ]]; then
    log "reusing $dir (deterministic by seed and options)"
    echo "reused" >"$summary"
    return
  fi
  log "generating $dir"
  rm -rf "$dir"
  dotnet "$generator" --out "$dir" --seed "$seed" --rooms "$rooms" --departments "$departments" \
    --start "$first_day" --months "$months" --messages-per-room "$messages_per_room" "$@" | tee "$summary"
  touch "$dir/.complete"
}

# Counts of both exports, from the files themselves (a message's room type comes from the room file).
write_teamchat_dataset() {
  log "counting the exports' rooms and messages by room type"
  {
    echo "rooms_requested=$rooms"; echo "seed=$seed"; echo "departments=$departments"; echo "months=$months"
    echo "first_day=$first_day"; echo "team_rooms_requested=$team_rooms"; echo "team_share_requested=$team_share"
    echo "split=$split"
    local name dir
    for name in without with; do
      dir=$export_dir
      [[ $name == with ]] && dir=$team_dir
      python3 - "$dir" "$name" <<'EOF'
import json, sys
folder, name = sys.argv[1], sys.argv[2]
livechat, team = set(), set()
for line in open(f"{folder}/rocketchat_room.json", encoding="utf-8"):
    room = json.loads(line)
    (livechat if room.get("t") == "l" else team).add(room["_id"])
counts = {"livechat": 0, "team": 0, "other": 0}
for line in open(f"{folder}/rocketchat_message.json", encoding="utf-8"):
    rid = line[line.index('"rid":"') + 7:].split('"', 1)[0]
    counts["livechat" if rid in livechat else "team" if rid in team else "other"] += 1
print(f"{name}_livechat_rooms={len(livechat)}")
print(f"{name}_team_rooms={len(team)}")
print(f"{name}_livechat_messages={counts['livechat']}")
print(f"{name}_team_messages={counts['team']}")
print(f"{name}_unknown_room_messages={counts['other']}")
EOF
      echo "${name}_export_bytes=$(du -sb "$dir" | cut -f1)"
    done
  } >"$raw/dataset.env"
}

# replay_into NAME DIR...: a Projector of its own under key prefix $tag-NAME, `Ingestor replay --from DIR --wait` for each
# DIR in turn, the CPU seconds of the Projector, Redis, RabbitMQ and the Ingestor during them, then MEMORY USAGE of every
# key under the prefix by kind (raw/keyspace-NAME.tsv) and of the keys outside the read model's generation.
replay_into() {
  local name=$1 prefix="$tag-$1" projector_pid redis_pid beam_pid t0 t1 rc=0 dir part=0
  shift
  export ReadModel__KeyPrefix="$prefix"
  echo "$prefix" >>"$raw/prefixes.txt"
  log "replay ($name): starting a Projector under key prefix $prefix"
  start_server "Projector-$name" "$projector_dir" OmniCharts.Projector.dll
  projector_pid=$(cat "$pids_dir/Projector-$name.pid")
  wait_for "the Projector's bus" 120 "grep -q 'Bus started' '$raw/Projector-$name.log'"
  redis_pid=$(redis_pid)
  beam_pid=$(rabbitmq_pid)
  local cpu_before=() cpu_after=() pid
  for pid in "$projector_pid" "$redis_pid" "$beam_pid"; do cpu_before+=("$(cpu_seconds "$pid")"); done
  : >"$raw/replay-$name.txt"
  t0=$(date +%s.%N)
  local seen
  for dir; do
    part=$((part + 1))
    seen=$(wc -l <"$raw/replay-$name.txt")
    log "replay ($name): $dir → RabbitMQ → Projector → Redis (replay --wait)"
    /usr/bin/time -f '%e %U %S %M' -o "$raw/ingestor-time-$name-$part.txt" \
      dotnet "$ingestor_dir/OmniCharts.Ingestor.dll" replay --from "$dir" --wait --wait-timeout 7200 |
      while IFS= read -r line; do printf '%s %s\n' "$(calc "$(date +%s.%N) - $t0")" "$line"; done |
      cat >>"$raw/replay-$name.txt" || rc=$?
    # The files' summaries and the Projector's last count; the progress lines stay in the raw file.
    tail -n +"$((seen + 1))" "$raw/replay-$name.txt" | grep -E '^[0-9.]+ (total:|[a-z_]+\.json: .* in )' || true
    tail -n 1 "$raw/replay-$name.txt"
    ((rc == 0)) || break
  done
  t1=$(date +%s.%N)
  for pid in "$projector_pid" "$redis_pid" "$beam_pid"; do cpu_after+=("$(cpu_seconds "$pid")"); done
  local ingestor_cpu=0 file
  for file in "$raw"/ingestor-time-"$name"-*.txt; do
    ingestor_cpu=$(calc "$ingestor_cpu + $(awk 'END { print $2 + $3 }' "$file")")
  done
  {
    echo "replay_exit=$rc"
    echo "replay_parts=$part"
    echo "key_prefix=$prefix"
    echo "replay_seconds=$(calc "$t1 - $t0")"
    echo "cpu_projector=$(calc "${cpu_after[0]} - ${cpu_before[0]}")"
    echo "cpu_redis=$(calc "${cpu_after[1]} - ${cpu_before[1]}")"
    echo "cpu_rabbitmq=$(calc "${cpu_after[2]} - ${cpu_before[2]}")"
    echo "cpu_ingestor=$ingestor_cpu"
    echo "projector_rss_kb=$(ps -o rss= -p "$projector_pid" | tr -d ' ')"
    echo "generation=$(redis-cli HGET "$prefix:state" live | tr -d '\r')"
    echo "rooms_pending=$(redis-cli SCARD "$prefix:$(redis-cli HGET "$prefix:state" live | tr -d '\r'):rooms:pending" | tr -d '\r')"
    echo "loadavg_after=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
  } >"$raw/replay-$name.env"
  ((rc == 0)) || { echo "bench-teamchat: the replay ($name) failed (exit $rc): see $raw/replay-$name.txt" >&2; exit 1; }
  log "replay ($name): MEMORY USAGE of every key under $prefix:"
  dotnet "$benchmarks_dll" keyspace-memory --prefix "$prefix" >"$raw/keyspace-$name.tsv"
  log "replay ($name): digest of the read model's contents by kind"
  python3 bench/lib/readmodel-digest.py "$prefix" >"$raw/digest-$name.tsv" ||
    echo "bench-teamchat: WARNING: the digest of $prefix failed" >&2
  # The keys outside the generation (state, run counters and their bitmaps): bookkeeping of the replays, not the read model.
  local generation key
  generation=$(redis-cli HGET "$prefix:state" live | tr -d '\r')
  redis-cli --scan --pattern "$prefix:*" | grep -v "^$prefix:$generation:" | sort | while IFS= read -r key; do
    printf '%s\t%s\n' "${key#"$prefix:"}" "$(redis-cli MEMORY USAGE "$key" SAMPLES 0 | tr -d '\r')"
  done >"$raw/outside-$name.tsv"
  stop_server "Projector-$name"
}

# compare_answers: a QueryApi per read model; every chart of charts-data and every name of both overview endpoints,
# 1/31/365 days × all rooms/one department, must give the same body and status (200) from all of them.
compare_answers() {
  local name port servers=() prefix
  for name in without with split; do
    [[ $name == split ]] && ! $split && continue
    port_var="port_$name"
    port=${!port_var}
    prefix="$tag-$name"
    log "answers: a QueryApi on :$port reading $prefix"
    export ReadModel__KeyPrefix="$prefix"
    start_server "QueryApi-$name" "src/QueryApi/$release" OmniCharts.QueryApi.dll --urls "http://127.0.0.1:$port"
    servers+=("$name:$port")
  done
  for server in "${servers[@]}"; do wait_for "the QueryApi ${server%%:*}" 120 "ready ${server#*:}"; done
  department=$(pick_department)
  { echo "department=$department"; } >"$raw/queries.env"
  verify_answers "${servers[@]}"
  verify_overview_answers "${servers[@]}"
  echo "servers=\"${servers[*]}\"" >>"$raw/queries.env"
  local auth=(-H 'X-User-Id: demo-manager' -H 'X-Auth-Token: demo-manager-token')
  # One body of each endpoint, kept in raw/ as an example of what was compared.
  curl -s "${auth[@]}" "$(url_of "$port_without" 31 all Total_messages)" | head -c 400 >"$raw/sample-charts-data.json" || true
  curl -s "${auth[@]}" "$(overview_url "$port_without" ov 365 all Conversations)" >"$raw/sample-overview.json" || true
  for name in without with split; do stop_server "QueryApi-$name"; done
}

teamchat_cleanup() {
  local name prefix
  for name in without with split; do stop_server "Projector-$name"; stop_server "QueryApi-$name"; done
  if $namespace_ready; then
    if [[ -f "$raw/prefixes.txt" ]]; then
      while IFS= read -r prefix; do
        log "removing Redis keys $prefix:*"
        dotnet "$benchmarks_dll" keyspace-clean --prefix "$prefix" >/dev/null || true
      done <"$raw/prefixes.txt"
    fi
    grep -q "vhost=$tag" "$raw/namespace.env" && { log "removing RabbitMQ vhost $tag"; as_root rabbitmqctl delete_vhost "$tag" >/dev/null 2>&1 || true; }
    namespace_ready=false
  fi
  [[ -n "${split_dir:-}" ]] && rm -rf "$split_dir"
  [[ -n "$pids_dir" ]] && rm -rf "$pids_dir"
  pids_dir=""
}
