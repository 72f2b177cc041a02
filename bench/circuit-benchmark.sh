#!/usr/bin/env bash
# Measures the search island's circuits under load (docs/web.md, "Speed", "Circuits under load"): the site published
# in Release and started on the load test's store of 10,000 generated articles (built once, as scripts/load-test.sh
# builds it, and shared with it under artifacts/load-test), then for 50, 200 and 500 circuits in turn, with the
# headless circuit client (bench/BharatBrief.CircuitLoad):
#   - the site's memory before and with the circuits open and idle: resident (from /proc) and live managed heap (a
#     heap dump with dotnet-gcdump, which collects first), per circuit;
#   - 50 of the circuits typing searches a character at a time at a reader's pace, and the time from the last key to
#     the render batch with the results, less the island's 250 ms typing pause;
#   - with the circuits still open, wrk at 32 connections against the static file and the cached reader pages (home,
#     themes, a summit, an article), to see that the slowest still serves at least 0.8 × the static file's rate;
# then the memory of 200 idle circuits on the bare search page, which hold no results.
#
#   bench/circuit-benchmark.sh                        # 50, 200 and 500 circuits, 30 s of typing each
#   CIRCUITS="200" SECONDS_TYPING=60 bench/circuit-benchmark.sh
#
# The site runs with its production settings (appsettings.json, BharatBrief:Circuits); nothing is changed for the
# benchmark. Figures are noisy on a busy machine: the load average is printed with each row.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${COUNT:-10000}"
SEED="${SEED:-42}"
CIRCUITS="${CIRCUITS:-50 200 500}"
EMPTY_CIRCUITS="${EMPTY_CIRCUITS:-200}"
ACTIVE="${ACTIVE:-50}"
SECONDS_TYPING="${SECONDS_TYPING:-30}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PORT:-5299}"
ENCODING="Accept-Encoding: br, gzip"

work="$PWD/artifacts/load-test"
mkdir -p "$work"
base="http://127.0.0.1:$PORT"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "Cannot run '$*' without root or sudo." >&2; return 1; fi
}
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (apt-get)..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
fi
dotnet tool restore >/dev/null

echo "Building (Release) into $work/build..."
dotnet publish src/BharatBrief.Web -c Release -o "$work/site" --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/BharatBrief.CircuitLoad -c Release --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
client="$work/build/bin/BharatBrief.CircuitLoad/release/BharatBrief.CircuitLoad.dll"

store="$work/store-$COUNT-$SEED.db"
if [ ! -f "$store" ]; then
  echo "Generating $COUNT articles and ingesting them into $store (once; kept for later runs and for scripts/load-test.sh)..."
  dotnet build src/BharatBrief.Cli -c Release --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
  dotnet build bench/BharatBrief.Corpus -c Release --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
  corpus="$work/corpus-$COUNT-$SEED"
  rm -rf "$corpus"
  dotnet "$work/build/bin/BharatBrief.Corpus/release/BharatBrief.Corpus.dll" --count "$COUNT" --seed "$SEED" --out "$corpus"
  rm -f "$store.tmp" "$store.tmp-wal" "$store.tmp-shm"
  dotnet "$work/build/bin/BharatBrief.Cli/release/BharatBrief.Cli.dll" ingest "$corpus" --db "$store.tmp" 2>/dev/null | tail -n 2
  mv "$store.tmp" "$store"
  rm -f "$store.tmp-wal" "$store.tmp-shm"
fi
run_db="$work/circuits.db"
rm -f "$run_db" "$run_db-wal" "$run_db-shm"
cp "$store" "$run_db"

rm -f "$work"/circuits-site-*.log
echo "Starting the site on $base..."
# As scripts/load-test.sh starts it: production settings, the console discarded, warnings and errors to a file.
cd "$work/site"
env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  BharatBrief__Database="$run_db" BharatBrief__SeedOnFirstStart=false \
  Serilog__WriteTo__1__Name=File Serilog__WriteTo__1__Args__path="$work/circuits-site-.log" \
  Serilog__WriteTo__1__Args__rollingInterval=Day Serilog__WriteTo__1__Args__restrictedToMinimumLevel=Warning \
  Serilog__WriteTo__1__Args__formatter="Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact" \
  dotnet BharatBrief.Web.dll >/dev/null 2>&1 &
site=$!
cd - >/dev/null
hold="$work/circuits-hold"
trap 'kill "$site" 2>/dev/null || true; rm -f "$hold"' EXIT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$base/robots.txt" && break
  sleep 0.5
done
curl -fs -o /dev/null "$base/robots.txt"

# Building raises the load average: wait (up to two minutes) for the machine to be quiet again before measuring.
for _ in $(seq 1 24); do
  awk '{ exit !($1 < 1) }' /proc/loadavg && break
  sleep 5
done

# The static file and cached reader pages: home, themes, a summit, an article (the timeline holds an island and is not cached).
static="/$(curl -fs "$base/" | grep -o 'BharatBrief\.Web\.[a-z0-9]*\.styles\.css' | head -n 1)"
summit="/summits/$(curl -fs "$base/api/summits?kind=annual-summit&status=held&from=2024&to=2024" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4)"
article=$(curl -fs "$base/articles?page=100" | grep -o 'href="/articles/[a-z0-9-]*"' | head -n 1 | cut -d'"' -f2)
pages=(/ /themes "$summit" "$article")
for path in "$static" "${pages[@]}"; do
  curl -fs -o /dev/null -H "$ENCODING" "$base$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "$ENCODING" "$base$path" >/dev/null
done
rate() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "$ENCODING" "$base$1" 2>&1 | awk '/Requests\/sec/ { printf "%d", $2 }'; }

results="$work/circuits-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# Circuits under load $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$COUNT generated articles (seed $SEED); $ACTIVE circuits typing for $SECONDS_TYPING s; wrk -t$THREADS -c$CONNECTIONS -d$DURATION with the circuits open; $(nproc) cores."
  echo
  echo "| circuits | opened | load avg | KB resident / circuit | KB heap / circuit | searches | p50 | p95 | p99 (ms beyond the 250 ms pause) | static/s | cached pages/s (home, themes, summit, article) | ratio | resident MB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$results"
cat "$results"

for count in $CIRCUITS; do
  rm -f "$hold"
  output="$work/circuits-$count.log"
  load=$(cut -d' ' -f1 /proc/loadavg)
  dotnet "$client" --site "$base/" --circuits "$count" --active "$ACTIVE" --seconds "$SECONDS_TYPING" --pid "$site" \
    --gcdump "dotnet tool run dotnet-gcdump" --warm-up --hold-until "$hold" > "$output" 2>&1 &
  measuring=$!
  while ! grep -q '^HOLDING' "$output" && kill -0 "$measuring" 2>/dev/null; do sleep 1; done
  static_rate="-"; page_rates=()
  if grep -q '^HOLDING' "$output"; then
    static_rate=$(rate "$static")
    for path in "${pages[@]}"; do page_rates+=("$(rate "$path")"); done
  fi
  touch "$hold"
  wait "$measuring" || echo "The client reported failures at $count circuits (see $output)." >&2
  grep -v '^RESULT' "$output" | sed "s/^/  [$count] /" >&2
  IFS=$'\t' read -r _ asked opened open_failures open_seconds resident heap searches timeouts failed p50 p95 p99 resident_mb \
    < <(grep '^RESULT' "$output" || echo)
  ratio="-"
  if [ "$static_rate" != "-" ] && [ "${#page_rates[@]}" -gt 0 ]; then
    lowest=$(printf '%s\n' "${page_rates[@]}" | sort -n | head -n 1)
    ratio=$(awk -v p="$lowest" -v s="$static_rate" 'BEGIN { printf "%.2f", p / s }')
  fi
  page_text=$(printf '%s, ' "${page_rates[@]}"); page_text="${page_text%, }"
  printf '| %s | %s in %s s%s | %s | %s | %s | %s%s | %s | %s | %s | %s | %s | %s | %s |\n' "${asked:-$count}" "${opened:--}" \
    "${open_seconds:--}" "$( [ "${open_failures:-0}" != 0 ] && echo ", $open_failures refused")" "$load" "${resident:--}" "${heap:--}" \
    "${searches:--}" "$( [ "${timeouts:-0}" != 0 ] || [ "${failed:-0}" != 0 ] && echo " ($timeouts unanswered, $failed circuits failed)")" \
    "${p50:--}" "${p95:--}" "${p99:--}" "$static_rate" "${page_text:--}" "$ratio" "${resident_mb:--}" | tee -a "$results"
done

# The same memory for readers on the bare search page, which holds no results: what a circuit costs by itself.
output="$work/circuits-empty.log"
dotnet "$client" --site "$base/" --circuits "$EMPTY_CIRCUITS" --active 0 --seconds 0 --pid "$site" \
  --gcdump "dotnet tool run dotnet-gcdump" --empty > "$output" 2>&1 || echo "The client reported failures (see $output)." >&2
IFS=$'\t' read -r _ _ opened _ _ resident heap _ < <(grep '^RESULT' "$output" || echo)
{
  echo
  echo "Idle circuits on /search without a query ($EMPTY_CIRCUITS asked, ${opened:--} opened): ${resident:--} KB resident and ${heap:--} KB of live heap per circuit."
} | tee -a "$results"

warnings=$(cat "$work"/circuits-site-*.log 2>/dev/null | grep -c '"@l":"\(Error\|Fatal\)"' || true)
{
  echo
  echo "Errors logged by the site: $warnings (warnings and errors in $work/circuits-site-*.log)."
} | tee -a "$results"
echo
echo "Results written to $results"
