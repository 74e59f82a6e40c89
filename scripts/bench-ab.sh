#!/usr/bin/env bash
# A/B of a read-path design change: the QueryApi of two commits, on the same read model, in the same run.
#   ./scripts/bench-ab.sh --before REF --after REF [--size small|medium|full] [--rooms N] [--seed 42]
#                         [--duration SECONDS] [--connections "1 16 64"] [--rounds 2] [--out DIR]
# Builds each ref's QueryApi (and the --after ref's Projector and Ingestor) in temporary worktrees, replays the
# export of bench.sh's size into a namespace of its own with the after Projector, checks that both QueryApis give
# byte-identical answers, then loads them with wrk in turn, interleaved over --rounds rounds, and writes
# <out>/ab.md (default bench/results/<date>-ab-<size, or r<rooms>>/). Exits non-zero when the answers differ.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 PATH="$PATH:/usr/sbin:/sbin"

before="" after="" size=full rooms="" seed=42 duration=5 connections="1 16 64" rounds=2 out=""
while (($#)); do
  case "$1" in
    --before) before=$2; shift 2 ;;
    --after) after=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --rooms) rooms=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "bench-ab: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n "$before" && -n "$after" ]] || { echo "bench-ab: --before REF and --after REF are required" >&2; exit 2; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "bench-ab: --rounds is a positive number" >&2; exit 2; }
case "$size" in
  small) rooms=${rooms:-20000} ;;
  medium) rooms=${rooms:-100000} ;;
  full) rooms=${rooms:-1000000} ;;
  *) echo "bench-ab: --size is small, medium or full" >&2; exit 2 ;;
esac

readonly stamp="$(date -u +%Y%m%d-%H%M%S)"
readonly tag="bench-${stamp//-/}"
# Not bench.sh's ports, so both can run on one machine.
readonly before_port=5280 after_port=5281
# --rooms names the run by its room count: "full" would be a lie at 2,000 rooms.
label=$size
[[ "$rooms" == 20000 && $size == small || "$rooms" == 100000 && $size == medium || "$rooms" == 1000000 && $size == full ]] ||
  label="r$rooms"
results="${out:-bench/results/$(date -u +%Y-%m-%d-%H%M)-ab-$label}"
raw="$results/raw"
export_dir="bench/.data/export-r$rooms-s$seed"

# shellcheck source=bench/lib/bench-lib.sh
source bench/lib/bench-lib.sh
# shellcheck source=bench/lib/bench-ab.sh
source bench/lib/bench-ab.sh

before_sha=$(ab_resolve before "$before")
after_sha=$(ab_resolve after "$after")
ab_check_ports
ab_find_export
mkdir -p "$raw"

trap ab_cleanup EXIT
trap 'exit 130' INT TERM
log "prerequisites"
./deploy/start-services.sh
command -v wrk >/dev/null || { log "installing wrk (Debian package)"; apt_install wrk; }
command -v redis-cli >/dev/null || apt_install redis-tools
ab_build_all
write_machine "$raw/machine.env"
ab_write_refs
prepare_export "$ab_work/after/ExportGenerator/OmniCharts.ExportGenerator.dll"

setup_namespace
replay_keyspace=false measure_replay
ab_start_readers
answers_differ=false
ab_verify || answers_differ=true
ab_measure
ab_cleanup
trap - EXIT

log "report"
python3 bench/report/ab.py "$results"
cat "$results/ab.md"
if $answers_differ; then
  echo "bench-ab: FAILED: the two QueryApis answer differently, see $raw/verify.txt" >&2
  exit 1
fi
