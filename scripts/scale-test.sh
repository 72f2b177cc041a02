#!/usr/bin/env bash
# The scale test (docs/deploy.md, "Scale test"): a throwaway PostgreSQL (scripts/postgres-test-server.sh) holding
# COUNT generated articles, two web servers on it, and two throwaway nginx on loopback in front: one sending to the
# first server only, one to both. Then Debian's wrk through nginx, with one and with two servers, against reader pages
# and against searches nobody asked before; and one run through the two-server nginx during which the second server
# is killed (SIGKILL), counting the requests that failed. Last, the ingestion worker killed during an ingest of NEW
# more articles and run again (scripts/scale-test-worker-kill.sh). A benchmark, not part of the test suite.
#
#   scripts/scale-test.sh                          # 10,000 articles, 10 s per measurement
#   COUNT=2000 DURATION=5s scripts/scale-test.sh
#
# Everything it starts (PostgreSQL, the servers, nginx) is stopped by its process id when it ends, however it ends.
# The corpus and the build are kept under artifacts/scale-test for later runs; the database is not.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${COUNT:-10000}"
SEED="${SEED:-42}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
KILL_AFTER="${KILL_AFTER:-5}"
NEW="${NEW:-500}"
NEW_SEED="${NEW_SEED:-4242}"
ENCODING="Accept-Encoding: br, gzip"

work="$PWD/artifacts/scale-test"
mkdir -p "$work"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "Cannot run '$*' without root or sudo." >&2; return 1; fi
}
if ! command -v wrk >/dev/null 2>&1 || ! command -v nginx >/dev/null 2>&1; then
  echo "Installing wrk and nginx-light (apt-get)..."
  as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk nginx-light >/dev/null
fi
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

echo "Building (Release) into $work/build..."
dotnet publish src/BharatBrief.Web -c Release -o "$work/site" --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
dotnet build src/BharatBrief.Cli -c Release --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/BharatBrief.Corpus -c Release --artifacts-path "$work/build" -nologo -clp:ErrorsOnly >/dev/null

corpus="$work/corpus-$COUNT-$SEED"
if [ ! -d "$corpus" ]; then
  dotnet "$work/build/bin/BharatBrief.Corpus/release/BharatBrief.Corpus.dll" --count "$COUNT" --seed "$SEED" --out "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi

# Everything started from here on is stopped on exit, by its process id.
servers=()
nginx_dirs=()
postgres_folder=""
stop_all() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  for dir in "${nginx_dirs[@]}"; do
    [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  done
  [ -n "$postgres_folder" ] && scripts/postgres-test-server.sh stop "$postgres_folder" >/dev/null 2>&1 || true
}
trap stop_all EXIT

started=$(scripts/postgres-test-server.sh start)
postgres_folder=$(echo "$started" | sed -n 1p)
server=$(echo "$started" | sed -n 2p)
database="${server/Database=postgres/Database=bharatbrief_scale}"
echo "PostgreSQL: $database"

echo "Ingesting $COUNT articles into PostgreSQL..."
ingest_started=$SECONDS
dotnet "$work/build/bin/BharatBrief.Cli/release/BharatBrief.Cli.dll" ingest "$corpus" --db "$database" 2>/dev/null | tail -n 2
ingest_seconds=$((SECONDS - ingest_started))

start_server() { # port -> pid
  local port="$1"
  (cd "$work/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    BharatBrief__Database__Provider=PostgreSql ConnectionStrings__BharatBrief="$database" \
    BharatBrief__SeedOnFirstStart=false BharatBrief__PublicBaseUrl=http://127.0.0.1 \
    dotnet BharatBrief.Web.dll >/dev/null 2>"$work/server-$port.err") &
  echo $!
}
wait_ready() { # port
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/health/ready" && return 0
    sleep 0.5
  done
  echo "The server on port $1 did not become ready; see $work/server-$1.err" >&2
  return 1
}
port_a=$(free_port); pid_a=$(start_server "$port_a"); servers+=("$pid_a"); wait_ready "$port_a"
port_b=$(free_port); pid_b=$(start_server "$port_b"); servers+=("$pid_b"); wait_ready "$port_b"

# A throwaway nginx on loopback: deploy/nginx/bharatbrief.conf's proxying, without TLS. All of wrk's connections come
# from 127.0.0.1, so the client-address hash would send them all to one server: here each connection is balanced
# (round robin), which is what many readers at many addresses amount to.
start_nginx() { # name port upstream-servers...
  local name="$1" port="$2"; shift 2
  local dir="$work/nginx-$name"
  rm -rf "$dir"; mkdir -p "$dir"
  {
    echo "pid $dir/nginx.pid; error_log $dir/error.log warn; worker_processes 1;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off;"
    echo "  client_body_temp_path $dir; proxy_temp_path $dir; fastcgi_temp_path $dir; uwsgi_temp_path $dir; scgi_temp_path $dir;"
    echo "  upstream site {"
    for upstream in "$@"; do echo "    server 127.0.0.1:$upstream max_fails=3 fail_timeout=10s;"; done
    echo "    keepalive 32;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$port;"
    echo "    proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host;"
    echo "    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto \$scheme;"
    echo "    proxy_next_upstream error timeout http_502 http_503; proxy_next_upstream_tries 2; proxy_connect_timeout 2s;"
    echo "    location / { proxy_pass http://site; }"
    echo "  }"
    echo "}"
  } > "$dir/nginx.conf"
  nginx -p "$dir" -c "$dir/nginx.conf"
  nginx_dirs+=("$dir")
}
one_port=$(free_port); start_nginx one "$one_port" "$port_a"
two_port=$(free_port); start_nginx two "$two_port" "$port_a" "$port_b"

# Reader pages: the home, the agreements' register and the summits' timeline, an article, a summit, a theme, a feed.
base_a="http://127.0.0.1:$port_a"
article=$(curl -fs "$base_a/articles" | grep -o 'href="/articles/[a-z0-9-]*"' | head -n 1 | cut -d'"' -f2 || true)
summit=$(curl -fs "$base_a/api/summits" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4 || true)
# Pages the output cache answers after their first request, and pages with interactive islands, which it never keeps.
pages="$work/pages.txt"
printf '%s\n' / /themes/defence /feeds/articles.atom ${article:+"$article"} ${summit:+"/summits/$summit"} > "$pages"
islands="$work/islands.txt"
printf '%s\n' /summits /agreements > "$islands"
for path in $(cat "$pages" "$islands"); do
  curl -fs -o /dev/null "$base_a$path" || { echo "$path does not answer 200 on server 1." >&2; exit 1; }
done

# Searches nobody asked before: two of the corpus's words each, past the 40 most frequent.
queries="$work/queries-$COUNT-$SEED.txt"
if [ ! -s "$queries" ]; then
  cat "$corpus"/* | tr -cs 'A-Za-z' '\n' | awk 'length($0) >= 4' | tr 'A-Z' 'a-z' | sort | uniq -c | sort -k1,1nr -k2,2 \
    | awk 'NR > 40 { print $2 }' | awk 'BEGIN { srand(42) } { w[++n] = $0 } END {
        for (i = 0; i < 20000; i++) print "/search?q=" w[1 + int(exp(rand() * log(n)))] "+" w[1 + int(exp(rand() * log(n)))] }' > "$queries"
fi

# The paths of a file in turn, each thread from its own place; with "unique", each request at an address of its own.
cycle="$work/cycle.lua"
cat > "$cycle" <<'LUA'
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  unique = args[2] == "unique"
  index = math.floor((id - 1) * #paths / 16)
  count = 0
end
function request()
  count = count + 1
  index = index % #paths + 1
  local path = paths[index]
  if unique then
    local separator = string.find(path, "?", 1, true) and "&" or "?"
    path = path .. separator .. "n=" .. id .. "-" .. count
  end
  return wrk.format("GET", path)
end
LUA

results="$work/results-$(date -u +%Y%m%dT%H%M%SZ).md"
load=$(cut -d' ' -f1 /proc/loadavg)
{
  echo "# Scale test $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$COUNT generated articles (seed $SEED) on PostgreSQL, ingested in $ingest_seconds s; wrk -t$THREADS -c$CONNECTIONS -d$DURATION through nginx on loopback; $(nproc) cores; load average before: $load."
  echo
  echo "Failed: answers other than 2xx/3xx, and requests wrk saw fail (connection errors, no answer within 10 s)."
  echo
  echo "| measurement | servers | requests/s | p50 | p99 | failed |"
  echo "|---|---|---|---|---|---|"
} > "$results"
cat "$results"

wrk_run() { # name servers port paths-file [unique] -> a row
  local name="$1" count="$2" port="$3" file="$4" mode="${5:-}"
  local out rps p50 p99 failed
  # A 10 s timeout (wrk's default is 2 s): on a busy machine a slow answer is slow, not failed.
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$ENCODING" -s "$cycle" "http://127.0.0.1:$port" -- "$file" "$mode" 2>&1)
  echo "$out" > "$work/wrk-$(echo "$name-$count" | tr -c 'a-z0-9\n' '-').txt"
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  failed=$(echo "$out" | awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$count" "$rps" "$p50" "$p99" "$failed" | tee -a "$results"
}

# Warm both servers (compiled code, caches, search vocabulary) before measuring.
for port in "$port_a" "$port_b"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$cycle" "http://127.0.0.1:$port" -- "$pages" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$cycle" "http://127.0.0.1:$port" -- "$islands" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$cycle" "http://127.0.0.1:$port" -- "$queries" unique >/dev/null
done

wrk_run "cached reader pages" 1 "$one_port" "$pages"
wrk_run "cached reader pages" 2 "$two_port" "$pages"
wrk_run "pages with islands (uncached)" 1 "$one_port" "$islands"
wrk_run "pages with islands (uncached)" 2 "$two_port" "$islands"
wrk_run "searches, each new" 1 "$one_port" "$queries" unique
wrk_run "searches, each new" 2 "$two_port" "$queries" unique

# One server killed during a run through the two-server nginx.
(sleep "$KILL_AFTER"; kill -9 "$pid_b") &
killer=$!
wrk_run "cached reader pages, server 2 killed after ${KILL_AFTER} s" "2 → 1" "$two_port" "$pages"
wait "$killer" || true
met=$(grep -c "\[error\].*upstream" "$work/nginx-two/error.log" || true)
gave_up=$(grep -c "no live upstreams" "$work/nginx-two/error.log" || true)
{
  echo
  echo "nginx met $met failure(s) of the killed server (connections reset or refused), retrying each GET on the other server; it found no server left $gave_up time(s). The failed column counts what reached wrk."
  echo "Memory after the run: server 1 $(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid_a/status") MB resident."
} | tee -a "$results"

# The worker killed during an ingest of new articles, and run again: does every new article end up stored once?
echo | tee -a "$results"
CLI="$work/build/bin/BharatBrief.Cli/release/BharatBrief.Cli.dll" CORPUS="$work/build/bin/BharatBrief.Corpus/release/BharatBrief.Corpus.dll" \
  NEW="$NEW" NEW_SEED="$NEW_SEED" scripts/scale-test-worker-kill.sh "$database" "$work" 2>&1 | tee -a "$results" \
  || echo "The killed worker step failed: see above." | tee -a "$results"
echo
echo "Results written to $results"
