#!/usr/bin/env bash
# Team chat stays out of the read model (issue 10, item 3): the same Omnichannel export replayed twice, without and
# with team chat (channels, private groups, DMs holding --team-share of all messages), each into its own Redis key
# prefix with the real Ingestor and Projector; prints and writes the Redis bytes of both read models, their ratio, the
# Projector's CPU per team-chat message, and checks that the QueryApi answers the same for both.
#   ./scripts/bench-teamchat.sh [--rooms 20000] [--team-rooms 2000] [--team-share 0.9] [--seed 42] [--split] [--out DIR]
# --split adds a third replay of the team-chat export as two folders, the rooms first and then the messages alone
# (what an incremental export gives): the Ingestor then cannot know which messages are team chat and publishes them
# all, so every one of them reaches the Projector, which drops it.
# Writes bench/results/<stamp>-teamchat/report.md with raw/; the key prefixes and the vhost are removed at the end.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 PATH="$PATH:/usr/sbin:/sbin"

rooms=20000 team_rooms=2000 team_share=0.9 seed=42 split=false out=""
while (($#)); do
  case "$1" in
    --rooms) rooms=$2; shift 2 ;;
    --team-rooms) team_rooms=$2; shift 2 ;;
    --team-share) team_share=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --split) split=true; shift ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench-teamchat: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

readonly stamp="$(date -u +%Y%m%d-%H%M%S)"
readonly tag="benchtc-${stamp//-/}"
readonly port_without=5280 port_with=5281 port_split=5282
# bench-lib's names: size and duration only label raw/dataset.env-like files, connections are unused here.
size=teamchat duration=0 connections=""
results="${out:-bench/results/$(date -u +%Y-%m-%d-%H%M)-teamchat}"
raw="$results/raw"
export_dir="bench/.data/export-r$rooms-s$seed"
team_dir="bench/.data/export-r$rooms-s$seed-team$team_rooms-share$team_share"
mkdir -p "$raw"

# shellcheck source=bench/lib/bench-lib.sh
source bench/lib/bench-lib.sh
# shellcheck source=bench/lib/bench-teamchat.sh
source bench/lib/bench-teamchat.sh

log "prerequisites"
./deploy/start-services.sh
command -v redis-cli >/dev/null || apt_install redis-tools
build_programs
write_machine "$raw/machine.env"

generator="tools/ExportGenerator/$release/OmniCharts.ExportGenerator.dll"
generate_export "$export_dir" "$raw/generate-without.txt"
generate_export "$team_dir" "$raw/generate-with.txt" --team-rooms "$team_rooms" --team-share "$team_share"
write_teamchat_dataset

trap teamchat_cleanup EXIT
trap 'exit 130' INT TERM
setup_namespace
replay_into without "$export_dir"
replay_into with "$team_dir"
if $split; then
  split_dir="$(mktemp -d "${TMPDIR:-/tmp}/omnicharts-teamchat.XXXXXX")"
  mkdir "$split_dir/rooms" "$split_dir/messages"
  for file in rocketchat_settings.json rocketchat_permissions.json users.json rocketchat_room.json; do
    ln -s "$repo_root/$team_dir/$file" "$split_dir/rooms/$file"
  done
  ln -s "$repo_root/$team_dir/rocketchat_message.json" "$split_dir/messages/rocketchat_message.json"
  replay_into split "$split_dir/rooms" "$split_dir/messages"
fi
compare_answers
teamchat_cleanup
log "report"
python3 bench/report/teamchat.py "$results" | tee "$raw/summary.txt"
log "done: $results/report.md"
