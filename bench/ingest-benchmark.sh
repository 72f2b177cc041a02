#!/usr/bin/env bash
# End-to-end ingest benchmark: `ingest` of 10,000 generated articles into a fresh SQLite file (parse, merge,
# store, index) through the Release build of the command line. Reports the median wall time of several runs
# (hyperfine) and the peak memory (max RSS) of one more run (/usr/bin/time -v), against the targets of
# docs/benchmarks.md: under 20 s and under 500 MB. Then exports the store that run left and scores its summits and
# agreements against the calendar the corpus was generated from (bench/BharatBrief.Scoring; rules in
# docs/benchmarks.md).
#
# Usage: bench/ingest-benchmark.sh [--runs N] [--count N] [--seed N] [--no-build]
# The corpus is generated once per count and seed and kept in ${TMPDIR:-/tmp}/bharatbrief-bench, its calendar beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=10000
SEED=42
RUNS=5
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --count) COUNT="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "usage: $0 [--runs N] [--count N] [--seed N] [--no-build]" >&2; exit 2 ;;
  esac
done

WORK="${TMPDIR:-/tmp}/bharatbrief-bench"
CORPUS="$WORK/corpus-$COUNT-$SEED"
CALENDAR="$CORPUS.calendar.json"
DB="$WORK/ingest.db"
EXPORT="$WORK/export.json"
CLI="src/BharatBrief.Cli/bin/Release/net10.0/BharatBrief.Cli.dll"
SCORER="bench/BharatBrief.Scoring/bin/Release/net10.0/BharatBrief.Scoring.dll"
TARGET_SECONDS=20
TARGET_MB=500
mkdir -p "$WORK"

# Tools from Debian packages, installed on first use.
install_package() {
  local runner=()
  [ "$(id -u)" -eq 0 ] || runner=(sudo)
  "${runner[@]}" apt-get update -qq
  "${runner[@]}" apt-get install -y -qq "$1" >/dev/null
}
command -v hyperfine >/dev/null || install_package hyperfine
[ -x /usr/bin/time ] || install_package time

if [ "$BUILD" -eq 1 ]; then
  echo "== Building the command line (Release)"
  dotnet build -c Release src/BharatBrief.Cli/BharatBrief.Cli.csproj --nologo -v quiet
  echo "== Building the scorer (Release)"
  dotnet build -c Release bench/BharatBrief.Scoring/BharatBrief.Scoring.csproj --nologo -v quiet
fi
[ -f "$CLI" ] || { echo "missing $CLI: build it with dotnet build -c Release src/BharatBrief.Cli" >&2; exit 1; }
[ -f "$SCORER" ] || { echo "missing $SCORER: build it with dotnet build -c Release bench/BharatBrief.Scoring" >&2; exit 1; }

# The marker sits beside the folder, not in it: ingest reads the folder whole.
if [ ! -f "$CORPUS.complete" ]; then
  echo "== Generating $COUNT articles (seed $SEED) into $CORPUS"
  rm -rf "$CORPUS"
  dotnet run -c Release --project bench/BharatBrief.Corpus -- --count "$COUNT" --out "$CORPUS" --seed "$SEED" --calendar "$CALENDAR"
  touch "$CORPUS.complete"
fi
if [ ! -f "$CALENDAR" ]; then
  # A corpus generated before the script kept calendars: the calendar depends on the seed alone.
  echo "== Writing the calendar of seed $SEED to $CALENDAR"
  rm -rf "$WORK/calendar-only"
  dotnet run -c Release --project bench/BharatBrief.Corpus -- --count 1 --out "$WORK/calendar-only" --seed "$SEED" --calendar "$CALENDAR" >/dev/null
  rm -rf "$WORK/calendar-only"
fi
echo "== Corpus: $(find "$CORPUS" -type f | wc -l) files, $(du -sh "$CORPUS" | cut -f1)"

fresh_db="rm -f '$DB' '$DB-wal' '$DB-shm' '$DB-journal'"
ingest="dotnet $CLI ingest $CORPUS --db $DB"

echo "== Median of $RUNS runs (hyperfine; the database is deleted before each)"
hyperfine --runs "$RUNS" --prepare "$fresh_db" --export-json "$WORK/ingest-hyperfine.json" "$ingest"
median=$(grep -o '"median": *[0-9.]*' "$WORK/ingest-hyperfine.json" | head -1 | grep -o '[0-9.]*$')
median=$(printf '%.1f' "$median")

echo "== Peak memory of one more run (/usr/bin/time -v)"
eval "$fresh_db"
/usr/bin/time -v $ingest >"$WORK/ingest.log" 2>"$WORK/ingest-time.txt"
rss_kb=$(grep "Maximum resident set size" "$WORK/ingest-time.txt" | grep -o '[0-9]*$')
rss_mb=$((rss_kb / 1024))
# The command line logs to standard error, which /usr/bin/time shares; its summary goes to standard output.
grep -hE "Consolidated|Ingest finished" "$WORK/ingest-time.txt" "$WORK/ingest.log" | sed 's/^/   /' || true
tail -n 2 "$WORK/ingest.log" | sed 's/^/   /'

verdict() { if [ "$1" -eq 1 ]; then echo "met"; else echo "NOT met"; fi; }
time_ok=$(awk -v m="$median" -v t="$TARGET_SECONDS" 'BEGIN { print (m < t) ? 1 : 0 }')
memory_ok=$([ "$rss_mb" -lt "$TARGET_MB" ] && echo 1 || echo 0)
echo
echo "Ingest of $COUNT articles into a fresh database: median ${median} s over $RUNS runs, peak memory ${rss_mb} MB"
echo "Target < ${TARGET_SECONDS} s: $(verdict "$time_ok")"
echo "Target < ${TARGET_MB} MB: $(verdict "$memory_ok")"

echo
echo "== Consolidation against the calendar (export of the store the last run left, then bench/BharatBrief.Scoring)"
rm -f "$EXPORT"
dotnet "$CLI" export --db "$DB" --out "$EXPORT" >/dev/null
dotnet "$SCORER" --export "$EXPORT" --calendar "$CALENDAR"
