# The read path: the QueryApi and the baseline side by side, checked for identical answers, then loaded with wrk.

url_of() { # url_of PORT RANGE SCOPE [CHART]
  local dates=(${range_dates[$2]}) query
  query="chartName=${4:-$chart}&start=${dates[0]}&end=${dates[1]}"
  [[ "$3" == dep ]] && query+="&departmentId=$department"
  echo "http://127.0.0.1:$1$charts_path?$query"
}

# overview_url PORT KIND RANGE SCOPE [NAME]: KIND ov is the overview (Conversations by default), ag the agents table.
overview_url() {
  local dates=(${range_dates[$3]}) path=overview name=${5:-Conversations} query
  [[ "$2" == ag ]] && path=agent-overview name=${5:-$agent_chart}
  query="name=$name&from=${dates[0]}&to=${dates[1]}"
  [[ "$4" == dep ]] && query+="&departmentId=$department"
  echo "http://127.0.0.1:$1/api/v1/livechat/analytics/$path?$query"
}

ready() { [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" == 200 ]]; }

# first_difference A B: the index of the first character where A and B differ (binary search on prefixes).
first_difference() {
  local low=0 high=${#1} mid
  ((${#2} < high)) && high=${#2}
  while ((low < high)); do
    mid=$(((low + high + 1) / 2))
    if [[ "${1:0:mid}" == "${2:0:mid}" ]]; then low=$mid; else high=$((mid - 1)); fi
  done
  echo "$low"
}

# verify_answers [LABEL:PORT ...] (default: the QueryApi and both baselines): every server must give the first
# one's body and status, and 200, for 7 charts × 1/31/365 days × all rooms/one department.
verify_answers() {
  local servers=("$@") total=0 same=0 name range scope server first answer ok report at answers=()
  ((${#servers[@]})) || servers=("api:$api_port" "baseline:$baseline_port" "database:$db_baseline_port")
  local auth=(-H 'X-User-Id: demo-manager' -H 'X-Auth-Token: demo-manager-token')
  : >"$raw/verify.txt"
  for name in Total_conversations Avg_chat_duration Total_messages Avg_first_response_time \
    Best_first_response_time Avg_response_time Avg_reaction_time; do
    for range in 1 31 365; do
      for scope in all dep; do
        first="" ok=true report="" at=0 answers=()
        for server in "${servers[@]}"; do
          answer=$(curl -s "${auth[@]}" -w ' %{http_code}' "$(url_of "${server#*:}" $range $scope $name)" || true)
          answers+=("$answer")
          first=${first:-$answer}
          [[ "$answer" == *' 200' ]] || ok=false
          [[ "$answer" == "$first" ]] || { ok=false; at=$(first_difference "$first" "$answer"); }
        done
        total=$((total + 1))
        if $ok; then same=$((same + 1)); continue; fi
        # 300 characters from a little before the first difference: long bodies share their labels first.
        at=$((at > 40 ? at - 40 : 0))
        for server in "${!servers[@]}"; do
          report+=$(printf '\n  %-9s [from %d] %s' "${servers[server]%%:*}:" "$at" "${answers[server]:at:300}")
        done
        printf 'DIFF %s %s %s%s\n' "$name" "$range" "$scope" "$report" >>"$raw/verify.txt"
      done
    done
  done
  echo "verified_same=$same" >>"$raw/queries.env"
  echo "verified_total=$total" >>"$raw/queries.env"
  log "answers identical (body and status) across the ${#servers[@]} servers for $same of $total requests"
}

# verify_overview_answers [LABEL:PORT ...]: the same for both overview endpoints, every name × 1/31/365 days × all
# rooms/one department.
verify_overview_answers() {
  local servers=("$@") total=0 same=0 kind_name kind name range scope server first answer ok
  ((${#servers[@]})) || servers=("api:$api_port" "baseline:$baseline_port" "database:$db_baseline_port")
  local auth=(-H 'X-User-Id: demo-manager' -H 'X-Auth-Token: demo-manager-token')
  for kind_name in ov:Conversations ov:Productivity ag:Total_conversations ag:Avg_chat_duration ag:Total_messages \
    ag:Avg_first_response_time ag:Best_first_response_time ag:Avg_response_time ag:Avg_reaction_time; do
    kind=${kind_name%%:*} name=${kind_name#*:}
    for range in 1 31 365; do
      for scope in all dep; do
        first="" ok=true
        for server in "${servers[@]}"; do
          answer=$(curl -s "${auth[@]}" -w ' %{http_code}' "$(overview_url "${server#*:}" "$kind" $range $scope "$name")" || true)
          first=${first:-$answer}
          [[ "$answer" == *' 200' && "$answer" == "$first" ]] || ok=false
        done
        total=$((total + 1))
        if $ok; then same=$((same + 1)); else printf 'DIFF %s %s %s %s\n' "$kind" "$name" "$range" "$scope" >>"$raw/verify.txt"; fi
      done
    done
  done
  { echo "overview_verified_same=$same"; echo "overview_verified_total=$total"; echo "agent_chart=$agent_chart"; } >>"$raw/queries.env"
  log "overview answers identical across the ${#servers[@]} servers for $same of $total requests"
}

run_wrk() { # run_wrk SYSTEM RANGE SCOPE CONNECTIONS
  local port=$api_port server=QueryApi store_cpu=redis_cpu_seconds
  [[ "$1" == baseline ]] && port=$baseline_port server=Baseline
  [[ "$1" == db ]] && port=$db_baseline_port server=BaselineDb store_cpu=postgres_cpu_seconds
  wrk_cell "$1-$2-$3-c$4" "$port" "$server" "$store_cpu" "$2" "$3" "$4"
}

# run_overview_wrk SYSTEM KIND RANGE SCOPE CONNECTIONS: as run_wrk, for the overview (KIND ov) or the agents table (ag).
# SYSTEM computed is a second QueryApi on the same keys that keeps no answers (Overview__KeptAnswerBytes=0).
run_overview_wrk() {
  local port=$api_port server=QueryApi store_cpu=redis_cpu_seconds
  [[ "$1" == computed ]] && port=$computed_port server=QueryApiComputed
  [[ "$1" == baseline ]] && port=$baseline_port server=Baseline
  [[ "$1" == db ]] && port=$db_baseline_port server=BaselineDb store_cpu=postgres_cpu_seconds
  wrk_cell "$2$1-$3-$4-c$5" "$port" "$server" "$store_cpu" "$3" "$4" "$5" "$(overview_url "$port" "$2" "$3" "$4")"
}

# wrk_cell NAME PORT SERVER STORE_CPU RANGE SCOPE CONNECTIONS [URL]: one wrk run against the server started as SERVER
# (the chart of RANGE and SCOPE unless URL is given), into raw/wrk/NAME.txt, with the CPU seconds it and its store
# (STORE_CPU prints them) used in raw/redis-during/NAME.cpu.
wrk_cell() {
  local name=$1 port=$2 store_cpu=$4 url=${8:-} server_pid server_cpu redis_cpu
  server_pid=$(cat "$pids_dir/$3.pid")
  server_cpu=$(cpu_seconds "$server_pid") redis_cpu=$($store_cpu)
  redis-cli INFO commandstats | tr -d '\r' >"$raw/redis-during/$name.before"
  # One wrk thread: on 2 cores a second one would only take CPU from the server under test.
  wrk -t1 -c"$7" -d"${duration}s" --timeout 10s --latency -s bench/wrk/auth.lua "${url:-$(url_of "$port" "$5" "$6")}" \
    >"$raw/wrk/$name.txt" 2>&1 || true
  redis-cli INFO commandstats | tr -d '\r' >"$raw/redis-during/$name.after"
  # CPU seconds the server and Redis used during the run: with the request count, the cost of one request.
  echo "server_cpu=$(calc "$(cpu_seconds "$server_pid") - $server_cpu") redis_cpu=$(calc "$($store_cpu) - $redis_cpu")" \
    >"$raw/redis-during/$name.cpu"
}

# run_churn_wrk SYSTEM KIND RATE: the 365-day cell (all rooms) of the QueryApi (SYSTEM api, kept answers) or of the
# one that computes every answer (computed) while `churn` writes RATE room changes a second into 2026-12-31, the
# range's last day: every write moves the version the answers are kept under. Into raw/wrk/<KIND><SYSTEM>churn<RATE>-…
# with the kept answers' outcomes during the run in raw/redis-during/<name>.kept.
# KIND chart is the 365-day chart on the QueryApi (charts-data keeps no answers), for comparison.
run_churn_wrk() {
  local port=$api_port server=QueryApi kind=$2 name churn before url=""
  [[ "$kind" == chart ]] && kind=""
  name="$kind$1churn$3-365-all-c$overview_connections"
  [[ "$1" == computed ]] && port=$computed_port server=QueryApiComputed
  [[ -n "$kind" ]] && url=$(overview_url "$port" "$kind" 365 all)
  before=$(kept_outcomes "$port")
  dotnet "$benchmarks_dll" churn --prefix "$tag" --rate "$3" --seconds $((duration + 3)) --day 2026-12-31 \
    --department "$department" >"$raw/churn-$name.txt" 2>&1 &
  churn=$!
  sleep 1.5 # the writer's start-up (JIT) is not the workload
  wrk_cell "$name" "$port" "$server" redis_cpu_seconds 365 all "$overview_connections" "$url"
  wait "$churn" || true
  echo "$before $(kept_outcomes "$port")" | awk '{printf "kept=%d read=%d second_read=%d\n", $4-$1, $5-$2, $6-$3}' \
    >"$raw/redis-during/$name.kept"
}

# kept_outcomes PORT: the kept answers' counters of the QueryApi on PORT: kept read second_read.
kept_outcomes() {
  curl -s "http://127.0.0.1:$1/metrics" | awk -F'[ "]' '
    /^omnicharts_queryapi_overview_answers_total/ { v[$2] = $NF }
    END { printf "%d %d %d", v["kept"], v["read"], v["second_read"] }'
}

# The department with the most rooms among the first 50,000 room lines: the "dep" scope of every range.
pick_department() {
  head -n 50000 "$export_dir/rocketchat_room.json" | grep -o '"departmentId":"[^"]*"' | sort | uniq -c |
    sort -rn | head -1 | sed 's/.*:"\(.*\)"/\1/'
}

measure_queries() {
  log "queries: starting the QueryApi (:$api_port), the baseline (:$baseline_port) and the database baseline (:$db_baseline_port)"
  start_server QueryApi "src/QueryApi/$release" OmniCharts.QueryApi.dll --urls "http://127.0.0.1:$api_port"
  Overview__KeptAnswerBytes=0 start_server QueryApiComputed "src/QueryApi/$release" OmniCharts.QueryApi.dll --urls "http://127.0.0.1:$computed_port"
  start_server Baseline "bench/Benchmarks/$release" OmniCharts.Benchmarks.dll baseline \
    --from "$repo_root/$export_dir" --urls "http://127.0.0.1:$baseline_port"
  wait_for "the QueryApi" 120 "ready $api_port"
  wait_for "the QueryApi that keeps no answers" 120 "ready $computed_port"
  start_server BaselineDb "bench/Benchmarks/$release" OmniCharts.Benchmarks.dll baseline-db \
    --from "$repo_root/$export_dir" --pg "$pg_connection" --urls "http://127.0.0.1:$db_baseline_port"
  wait_for "the baseline (loading the export)" 1800 "ready $baseline_port"
  wait_for "the database baseline" 120 "ready $db_baseline_port"

  department=$(pick_department)
  { echo "chart=$chart"; echo "department=$department"; } >"$raw/queries.env"
  for range in "${!range_dates[@]}"; do echo "range_$range=\"${range_dates[$range]}\"" >>"$raw/queries.env"; done
  verify_answers
  # The QueryApi is asked twice: its second answer comes from its kept answers.
  verify_overview_answers "api:$api_port" "api-kept:$api_port" "computed:$computed_port" "baseline:$baseline_port" "database:$db_baseline_port"

  mkdir -p "$raw/wrk" "$raw/redis-during"
  local plot_connections system range scope c
  plot_connections=$(tr ' ' '\n' <<<"$connections" | grep -x 16 || tr ' ' '\n' <<<"$connections" | tail -1)
  echo "plot_connections=$plot_connections" >>"$raw/queries.env"
  log "queries: warm-up, then wrk ${duration}s per cell: ranges 1/31/365 × all/dep × connections $connections × 2 systems"
  # On 2 cores the JIT keeps promoting a path's methods for its first 10-20 s of load, so each path is warmed for
  # 15 s before its cells (a warm-up cell's file is overwritten by its measurement): the charts by the 365-day
  # chart, the overview and the agents table each by their own. Measured cold, a path's p99 shows the JIT, not it.
  local warmup=15
  for system in api baseline db; do
    duration=$warmup run_wrk "$system" 365 all "$plot_connections"
    for range in 1 31 365; do
      for scope in all dep; do
        for c in $connections; do run_wrk "$system" "$range" "$scope" "$c"; done
      done
    done
    for range in 7 90 180 730; do run_wrk "$system" "$range" all "$plot_connections"; done
    for kind in ov ag; do duration=$warmup run_overview_wrk "$system" "$kind" 365 all "$overview_connections"; done
    for kind in ov ag; do
      for range in 31 365; do
        for scope in all dep; do run_overview_wrk "$system" "$kind" "$range" "$scope" "$overview_connections"; done
      done
    done
    # Right after the QueryApi's own cells: a baseline keeps working through the backlog of requests wrk gave up on
    # (the database baseline for minutes), which would load the machine under any cell after it.
    [[ "$system" != api ]] || measure_kept_answers "$warmup"
  done
  echo "loadavg_after_queries=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" >>"$raw/queries.env"
  ps -o rss= -p "$(cat "$pids_dir/Baseline.pid")" | awk '{print "baseline_rss_kb=" $1}' >>"$raw/queries.env" || true
  ps -o rss= -p "$(cat "$pids_dir/QueryApi.pid")" | awk '{print "api_rss_kb=" $1}' >>"$raw/queries.env" || true
}

# measure_kept_answers WARMUP: the overview without kept answers (what every answer costs when the data changes all
# the time), then both QueryApis and the chart while a busy workspace writes: unchanged data would flatter kept answers.
measure_kept_answers() {
  local kind range scope rate system
  for kind in ov ag; do duration=$1 run_overview_wrk computed "$kind" 365 all "$overview_connections"; done
  for kind in ov ag; do
    for range in 31 365; do
      for scope in all dep; do run_overview_wrk computed "$kind" "$range" "$scope" "$overview_connections"; done
    done
  done
  for rate in 20 200; do
    run_churn_wrk api chart "$rate"
    for kind in ov ag; do
      for system in api computed; do run_churn_wrk "$system" "$kind" "$rate"; done
    done
  done
}

run_micro() {
  log "micro-benchmarks (BenchmarkDotNet, in-process, short runs)"
  dotnet "bench/Benchmarks/$release/OmniCharts.Benchmarks.dll" micro --artifacts "$results/micro" >"$raw/micro.txt" 2>&1 ||
    echo "bench: some micro-benchmarks failed, see $raw/micro.txt" >&2
}
