#!/usr/bin/env bash
# Measures the reader site under load, in one run (docs/web.md, "Speed"): the site published in Release and started on
# a store of 10,000 generated articles (built once with the corpus generator and the command line, then cached under
# artifacts/load-test), then Debian's wrk at 32 connections against a static file of about a page's size (the floor),
# the reader pages from the output cache, and searches of several shapes, both repeated (cached) and each one new
# (uncached); then the cache-miss time of the timeline and of summit pages, and the site's memory.
#
#   scripts/load-test.sh                 # 10,000 articles, 10 s per measurement
#   COUNT=2000 DURATION=5s scripts/load-test.sh
#
# Measure on a quiet machine: the script waits for a load average under 1 after building, prints it, and warns when
# the machine stays busy.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${COUNT:-10000}"
SEED="${SEED:-42}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PORT:-5199}"
MISSES="${MISSES:-200}"
# What browsers send: every measurement asks for compressed answers, as readers' browsers do.
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

echo "Building (Release) into $work/build..."
dotnet publish src/BharatBrief.Web -c Release -o "$work/site" --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
dotnet build src/BharatBrief.Cli -c Release --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/BharatBrief.Corpus -c Release --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null

store="$work/store-$COUNT-$SEED.db"
corpus="$work/corpus-$COUNT-$SEED"
generate_corpus() {
  rm -rf "$corpus"
  dotnet "$work/build/bin/BharatBrief.Corpus/release/BharatBrief.Corpus.dll" --count "$COUNT" --seed "$SEED" --out "$corpus"
}
if [ ! -f "$store" ]; then
  echo "Generating $COUNT articles into $corpus and ingesting them into $store (once; kept for later runs)..."
  generate_corpus
  rm -f "$store.tmp" "$store.tmp-wal" "$store.tmp-shm"
  dotnet "$work/build/bin/BharatBrief.Cli/release/BharatBrief.Cli.dll" ingest "$corpus" --db "$store.tmp" 2>/dev/null | tail -n 2
  mv "$store.tmp" "$store"
  rm -f "$store.tmp-wal" "$store.tmp-shm"
fi
# Searches nobody asked before: 20,000 different queries made of the corpus's own words, common words more often than
# rare ones (drawn log-uniformly by frequency rank, past the 40 most frequent: function words and the two countries),
# in eight shapes: a word, two words, a phrase of two words that stand together in an article, a prefix, AND, OR,
# NOT, and two words among summits only.
queries="$work/queries-$COUNT-$SEED.txt"
if [ ! -s "$queries" ]; then
  [ -d "$corpus" ] || generate_corpus
  words=$(mktemp)
  cat "$corpus"/* | tr -cs 'A-Za-z' '\n' | awk 'length($0) >= 3' | tr 'A-Z' 'a-z' > "$words"
  {
    sort "$words" | uniq -c | sort -k1,1nr -k2,2 | awk 'NR > 40 { print "w", $2 }'
    awk 'NR % 997 == 0 { print "p", previous, $0 } { previous = $0 }' "$words"
  } | awk 'BEGIN { srand(42) }
    $1 == "w" { word[++words] = $2 } $1 == "p" { pair[++pairs] = $2 "+" $3 }
    function pick() { return word[1 + int(exp(rand() * log(words)))] }
    END {
      for (i = 0; i < 20000; i++) {
        shape = i % 8; a = pick(); b = pick()
        if (shape == 0) q = a
        else if (shape == 1) q = a "+" b
        else if (shape == 2) q = "%22" pair[1 + int(rand() * pairs)] "%22"
        else if (shape == 3) q = substr(a, 1, 3 + int(rand() * 3)) "*"
        else if (shape == 4) q = a "+AND+" b
        else if (shape == 5) q = a "+OR+" b
        else if (shape == 6) q = a "+NOT+" b
        else q = a "+" b "&kind=summit"
        print "/search?q=" q
      }
    }' > "$queries"
  rm -f "$words"
fi

# Typo'd words nobody asked before: 5,000 of the corpus's words of five letters or more with two neighbouring letters
# swapped (one edit), which search finds through the index's vocabulary.
typos="$work/typos-$COUNT-$SEED.txt"
if [ ! -s "$typos" ]; then
  [ -d "$corpus" ] || generate_corpus
  cat "$corpus"/* | tr -cs 'A-Za-z' '\n' | awk 'length($0) >= 5' | tr 'A-Z' 'a-z' | sort -u \
    | awk 'BEGIN { srand(7) } { word[++n] = $0 } END {
        for (i = 0; i < 5000; i++) { w = word[1 + int(rand() * n)]; at = 2 + int(rand() * (length(w) - 2))
          print "/search?q=" substr(w, 1, at - 1) substr(w, at + 1, 1) substr(w, at, 1) substr(w, at + 2) } }' > "$typos"
fi

run_db="$work/run.db"
rm -f "$run_db" "$run_db-wal" "$run_db-shm"
cp "$store" "$run_db"

echo "Starting the site on $base..."
# The request events go to the console as in production (here discarded: 30,000 lines a second would fill the disk);
# warnings and errors also go to a file through the optional file sink, configured as an operator would.
# From its own folder, as a published site runs: the content root (appsettings.json, wwwroot) is the working directory.
cd "$work/site"
env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  BharatBrief__Database="$run_db" BharatBrief__SeedOnFirstStart=false \
  Serilog__WriteTo__1__Name=File Serilog__WriteTo__1__Args__path="$work/site-.log" \
  Serilog__WriteTo__1__Args__rollingInterval=Day Serilog__WriteTo__1__Args__restrictedToMinimumLevel=Warning \
  Serilog__WriteTo__1__Args__formatter="Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact" \
  dotnet BharatBrief.Web.dll >/dev/null 2>&1 &
site=$!
cd - >/dev/null
trap 'kill "$site" 2>/dev/null || true' EXIT
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
load=$(cut -d' ' -f1 /proc/loadavg)
echo "Load average before measuring: $load"
if awk -v l="$load" 'BEGIN { exit !(l >= 1) }'; then
  echo "Warning: the machine is busy (load $load); figures will be lower than on a quiet machine." >&2
fi

# What to measure: a static file of about a page's size, a summit page, an article page.
home_html=$(curl -fs "$base/")
static="/$(echo "$home_html" | grep -o 'BharatBrief\.Web\.[a-z0-9]*\.styles\.css' | head -n 1)"
summit="/summits/$(curl -fs "$base/api/summits?kind=annual-summit&status=held&from=2024&to=2024" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4)"
# The summit with the most sources, the longest summit page, from the API's pages of summits.
pages=$(curl -fs "$base/api/summits" | grep -o '"pageCount":[0-9]*' | cut -d: -f2)
largest="/summits/$(for page in $(seq 1 "$pages"); do
  json=$(curl -fs "$base/api/summits?page=$page")
  paste <(echo "$json" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4) <(echo "$json" | grep -o '"sourceCount":[0-9]*' | cut -d: -f2)
done | sort -k2,2n | tail -n 1 | cut -f1)"
article=$(curl -fs "$base/articles?page=100" | grep -o 'href="/articles/[a-z0-9-]*"' | head -n 1 | cut -d'"' -f2)

wrk_run() { # name path [lua-script [script-argument]]
  local name="$1" path="$2" script="${3:-}" argument="${4:-$2}"
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$ENCODING")
  [ -n "$script" ] && args+=(-s "$script")
  local out
  out=$(wrk "${args[@]}" "$base${path%%\(*}" ${script:+-- "$argument"} 2>&1)
  local rps p50 p99 size
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  if [ -n "${4:-}" ]; then size="varies"; else
    size=$(curl -fs -o /dev/null -w '%{size_download}' -H "$ENCODING" "$base$path"); fi
  # Answers other than 2xx/3xx and socket errors: a figure measured on failing requests is not a figure.
  errors=$(echo "$out" | awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }')
  printf '| %s | `%s` | %s | %s | %s | %s | %s |\n' "$name" "$path" "$size" "$rps" "$p50" "$p99" "$errors" | tee -a "$results"
}

# Every request at an address of its own (a parameter "n" no other request has), so that none is answered from the
# output cache: the given path each time or, given "@file", the file's paths in turn, each thread from its own place.
uncached="$work/uncached.lua"
cat > "$uncached" <<'LUA'
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  paths = {}
  if string.sub(args[1], 1, 1) == "@" then
    for line in io.lines(string.sub(args[1], 2)) do paths[#paths + 1] = line end
  else
    paths[1] = args[1]
  end
  index = math.floor((id - 1) * #paths / 16)
  count = 0
end
function request()
  count = count + 1
  index = index % #paths + 1
  local path = paths[index]
  local separator = string.find(path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", path .. separator .. "n=" .. id .. "-" .. count)
end
LUA

results="$work/results-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# Load test $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$COUNT generated articles (seed $SEED); wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H '$ENCODING'; load average before: $load; $(nproc) cores."
  echo
  echo "| measurement | path | bytes sent (br) | requests/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|---|"
} > "$results"
cat "$results"

searches=("/search?q=S-400" "/search?q=%22rupee-ruble%22" "/search?q=Kudankulam" "/search?q=RELOS" "/search?q=sanctions+AND+oil" "/search?q=kudank" "/search?q=modi+putin&kind=summit"
  "/search?q=Puttin" "/search?q=Kudankulm" "/search?q=defense" "/search?q=S400" "/search?q=Putin&sort=date")
# Every address once, so that the measured runs read the output cache as readers after the first do; then a short
# run on each, so that the code is compiled at its final tier before anything is measured.
for path in "$static" / /summits "$summit" "$article" /agreements "${searches[@]}"; do
  curl -fs -o /dev/null -H "$ENCODING" "$base$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "$ENCODING" "$base$path" >/dev/null
done
# The searches above come from the output cache after their first request; search itself is warmed with new addresses.
for path in "${searches[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "$ENCODING" -s "$uncached" "$base$path" -- "$path" >/dev/null
done

wrk_run "static file (floor)" "$static"
wrk_run "home" "/"
wrk_run "timeline" "/summits"
wrk_run "summit page" "$summit"
wrk_run "article page" "$article"
wrk_run "agreements register" "/agreements"
for path in "${searches[@]}"; do
  wrk_run "search, cached" "$path"
done
for path in "${searches[@]}"; do
  wrk_run "search, uncached" "$path" "$uncached"
done
wrk_run "search, a new query each request" "/search?q=(20,000 queries)" "$uncached" "@$queries"
wrk_run "search, a new typo'd word each request" "/search?q=(5,000 typo'd words)" "$uncached" "@$typos"

miss_times() { # path -> "median p90" of MISSES sequential uncached requests, in ms (time to first byte)
  local path="$1" separator="?"
  [[ "$path" == *\?* ]] && separator="&"
  for i in $(seq 1 "$MISSES"); do
    curl -fs -o /dev/null -w '%{time_starttransfer}\n' -H "$ENCODING" "$base$path${separator}miss=$i-$RANDOM"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f", t[int((NR + 1) / 2)], t[int(NR * 0.9)] }'
}
{
  echo
  echo "Cache misses ($MISSES sequential requests each, a new address each time; time to first byte, ms):"
  echo
  echo "| page | median | p90 |"
  echo "|---|---|---|"
} | tee -a "$results"
for path in /summits "$summit" "$largest"; do
  read -r median p90 <<<"$(miss_times "$path")"
  printf '| `%s` | %s | %s |\n' "$path" "$median" "$p90" | tee -a "$results"
done

rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$site/status")
peak=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$site/status")
{
  echo
  echo "Memory of the site process after the run: $rss MB resident, $peak MB at its peak."
} | tee -a "$results"
echo
echo "Results written to $results"
