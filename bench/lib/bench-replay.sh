# The write path: replay the export end to end and measure time, throughput, CPU per process and Redis memory.

measure_replay() {
  log "replay: starting the Projector (key prefix $ReadModel__KeyPrefix, vhost/prefix $tag)"
  start_server Projector "$projector_dir" OmniCharts.Projector.dll
  local projector_pid
  projector_pid=$(cat "$pids_dir/Projector.pid")
  wait_for "the Projector's bus" 120 'grep -q "Bus started" "$raw/Projector.log"'

  local redis_pid beam_pid memory_before cpu_before=() cpu_after=() t0 t1 rc=0
  redis_pid=$(redis_pid)
  beam_pid=$(rabbitmq_pid)
  memory_before=$(used_memory)
  redis-cli INFO commandstats | tr -d '\r' >"$raw/redis-commandstats-before.txt"
  for pid in "$projector_pid" "$redis_pid" "$beam_pid"; do cpu_before+=("$(cpu_seconds "$pid")"); done

  log "replay: $export_dir → RabbitMQ → Projector → Redis (replay --wait)"
  t0=$(date +%s.%N)
  /usr/bin/time -f '%e %U %S %M' -o "$raw/ingestor-time.txt" \
    dotnet "$ingestor_dir/OmniCharts.Ingestor.dll" replay --from "$export_dir" --wait --wait-timeout 7200 |
    while IFS= read -r line; do printf '%s %s\n' "$(calc "$(date +%s.%N) - $t0")" "$line"; done | tee "$raw/replay.txt" || rc=$?
  t1=$(date +%s.%N)
  for pid in "$projector_pid" "$redis_pid" "$beam_pid"; do cpu_after+=("$(cpu_seconds "$pid")"); done

  redis-cli INFO memory | tr -d '\r' >"$raw/redis-info-memory.txt"
  redis-cli INFO commandstats | tr -d '\r' >"$raw/redis-commandstats-after.txt"
  {
    echo "replay_exit=$rc"
    echo "replay_seconds=$(calc "$t1 - $t0")"
    echo "memory_before=$memory_before"
    echo "memory_after=$(used_memory)"
    echo "cpu_projector=$(calc "${cpu_after[0]} - ${cpu_before[0]}")"
    echo "cpu_redis=$(calc "${cpu_after[1]} - ${cpu_before[1]}")"
    echo "cpu_rabbitmq=$(calc "${cpu_after[2]} - ${cpu_before[2]}")"
    echo "loadavg_after_replay=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
  } >"$raw/replay.env"
  if [[ "${replay_keyspace:-true}" == true ]]; then
    log "replay: measuring the keyspace by kind (MEMORY USAGE of every $tag key)"
    dotnet "$benchmarks_dll" keyspace-memory --prefix "$tag" >"$raw/keyspace.tsv"
  fi
  stop_server Projector
  ((rc == 0)) || { echo "bench: the replay failed (exit $rc): see $raw/replay.txt and $raw/Projector.log" >&2; exit 1; }
}
