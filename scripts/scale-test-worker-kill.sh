#!/usr/bin/env bash
# The scale test's killed worker (docs/deploy.md, "Scale test"): NEW generated articles of another seed dropped in an
# inbox, the command line's `worker --once` started on the PostgreSQL store and killed (SIGKILL) once a random number of
# them are logged as stored, the store checked, then `worker --once` run again; prints whether every new article ended
# up stored exactly once. scripts/scale-test.sh runs it on its 10,000-article store; on its own, on any store:
#
#   CLI=path/to/BharatBrief.Cli.dll CORPUS=path/to/BharatBrief.Corpus.dll \
#     scripts/scale-test-worker-kill.sh 'Host=127.0.0.1;Port=5432;Username=me;Database=bharatbrief' WORK_FOLDER
#
# NEW (500), NEW_SEED (4242) and KILL_AT (the stored article after which the worker is killed; random by default) may
# be given. Anything it starts is stopped by its process id when it ends.
set -euo pipefail

database="${1:?usage: $0 CONNECTION_STRING WORK_FOLDER}"
work="${2:?usage: $0 CONNECTION_STRING WORK_FOLDER}"
CLI="${CLI:?set CLI to the built BharatBrief.Cli.dll}"
CORPUS="${CORPUS:?set CORPUS to the built BharatBrief.Corpus.dll}"
NEW="${NEW:-500}"
NEW_SEED="${NEW_SEED:-4242}"
KILL_AT="${KILL_AT:-$((RANDOM % (NEW - 1) + 1))}"

# psql from the Npgsql connection string's parts.
part() { echo "$database" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -n 1; }
sql() {
  PGHOST="$(part Host)" PGPORT="$(part Port)" PGUSER="$(part Username)" PGDATABASE="$(part Database)" \
    psql -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"
}

inbox="$work/inbox-$NEW-$NEW_SEED"
if [ ! -d "$inbox" ]; then
  dotnet "$CORPUS" --count "$NEW" --seed "$NEW_SEED" --out "$inbox.tmp" >/dev/null
  mv "$inbox.tmp" "$inbox"
fi
log="$work/worker-killed.err"

worker=""
stop_worker() { [ -n "$worker" ] && kill -9 "$worker" 2>/dev/null || true; }
trap stop_worker EXIT

runs_before=$(sql 'SELECT COUNT(*) FROM "IngestionRuns"')
echo "Worker killed during an ingest: $NEW new articles (seed $NEW_SEED) in $inbox; killed after article $KILL_AT is stored."
started=$SECONDS
dotnet "$CLI" worker --once --db "$database" --inbox "$inbox" >/dev/null 2>"$log" &
worker=$!
while kill -0 "$worker" 2>/dev/null; do
  stored=$(grep -c ' INF] Ingested ' "$log" || true)
  if [ "$stored" -ge "$KILL_AT" ]; then
    kill -9 "$worker" 2>/dev/null && echo "  killed after $((SECONDS - started)) s, $stored articles logged as stored" || true
    break
  fi
  sleep 0.05
done
wait "$worker" 2>/dev/null || true
worker=""

# The store after the kill: what readers could meet, and what the killed pass left recorded.
checks=$(sql "SELECT
  (SELECT COUNT(*) FROM \"Summits\" s WHERE NOT EXISTS (SELECT 1 FROM \"SummitMentions\" m WHERE m.\"SummitId\" = s.\"Id\")) || ' ' ||
  (SELECT COUNT(*) FROM \"Agreements\" a WHERE NOT EXISTS (SELECT 1 FROM \"AgreementMentions\" m WHERE m.\"AgreementId\" = a.\"Id\")) || ' ' ||
  (SELECT COUNT(*) FROM \"PendingArticles\" p WHERE EXISTS (SELECT 1 FROM \"SummitMentions\" m WHERE m.\"ArticleId\" = p.\"ArticleId\" AND m.\"SummitId\" IS NOT NULL)
      OR EXISTS (SELECT 1 FROM \"AgreementMentions\" m WHERE m.\"ArticleId\" = p.\"ArticleId\" AND m.\"AgreementId\" IS NOT NULL)) || ' ' ||
  (SELECT COUNT(*) FROM \"PendingArticles\") || ' ' ||
  (SELECT COUNT(*) FROM \"IngestionRuns\")")
read -r summits_bare agreements_bare pending_merged pending runs_after <<<"$checks"
echo "  after the kill: $summits_bare summits and $agreements_bare agreements without mentions, $pending_merged unpublished articles with merged mentions (all should be 0); $pending articles written but not yet published; $((runs_after - runs_before)) run(s) recorded by the killed pass"

started=$SECONDS
summary=$(dotnet "$CLI" worker --once --db "$database" --inbox "$inbox" 2>>"$log") || { echo "  the next pass failed: $summary" >&2; exit 1; }
echo "  next pass, $((SECONDS - started)) s: $summary"

# Every new file: stored as one article, or skipped by the worker with its reason; never twice, never lost.
names=$(find "$inbox" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) -printf "('%f')," | sed 's/,$//')
counts=$(sql "WITH inbox(name) AS (VALUES $names),
  stored AS (SELECT i.name, (SELECT COUNT(*) FROM \"Articles\" a WHERE a.\"SourceName\" = i.name) AS n FROM inbox i)
  SELECT COUNT(*) FILTER (WHERE n = 1) || ' ' || COUNT(*) FILTER (WHERE n > 1) || ' ' ||
         COUNT(*) FILTER (WHERE n = 0 AND EXISTS (SELECT 1 FROM \"IngestionItems\" t WHERE t.\"Source\" = 'inbox' AND t.\"Key\" = stored.name AND t.\"Outcome\" <> 'stored')) || ' ' ||
         COUNT(*) FILTER (WHERE n = 0 AND NOT EXISTS (SELECT 1 FROM \"IngestionItems\" t WHERE t.\"Source\" = 'inbox' AND t.\"Key\" = stored.name AND t.\"Outcome\" <> 'stored'))
  FROM stored")
read -r once twice skipped lost <<<"$counts"
pending_left=$(sql 'SELECT COUNT(*) FROM "PendingArticles"')
echo "  $NEW new articles: $once stored once, $twice stored more than once, $skipped skipped with a reason, $lost missing; $pending_left left unpublished"
if [ "$twice" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$pending_left" -eq 0 ] && [ "$summits_bare$agreements_bare$pending_merged" = "000" ]; then
  echo "  every new article ended up stored once: yes"
else
  echo "  every new article ended up stored once: NO"
  exit 1
fi
