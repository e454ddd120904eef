#!/usr/bin/env bash
# Dry run and bulk operations at N failed requests (default 100,000) on PostgreSQL, against the
# same work as one plain SQL statement in the same go (the floor no per-request audit can beat).
# Starts the service on a fresh schema bench_bulk of the local PostgreSQL, seeds N failed requests
# (INVALID_FLOW: a reroute fails them again at once, so Genesys is never called and the figures
# are the bulk operation's own), then prints: dry-run time (median of 5), bulk reroute and bulk
# delete throughput, and the service's resident memory before and at most during each run.
#   N=100000 src/bench/bulk-failed.sh            (DELETE=no: the reroute only)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${N:-100000}
port=${BENCH_PORT:-18080}
url="http://127.0.0.1:$port"
auth="admin:bench-admin-Passw0rd"
schema=bench_bulk
pg=(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-test}" -X -q -v ON_ERROR_STOP=1)
mvn -q -B -DskipTests package
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

"${pg[@]}" -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
java -Dhazelcast.socket.bind.any=false -Ddata.dir="$work/data" \
  -Ddb.url="jdbc:postgresql://127.0.0.1:5432/${PGDATABASE:-test}?currentSchema=$schema" \
  -Ddb.user="${PGUSER:-postgres}" -Ddb.password="${PGPASSWORD:-postgres}" \
  -Dadmin.password="${auth#admin:}" -Dgenesys.rate-limit.per-minute=100000000 -Dbulk.sweep-interval-ms=200 \
  -jar target/payara-micro.jar --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 \
  --prebootcommandfile server-config/pre-boot-commands.asadmin --port "$port" \
  --deploy target/email-routing.war --contextroot / > "$work/log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ]; do sleep 0.5; done

echo "seeding $n failed requests"
"${pg[@]}" <<SQL
SET search_path = $schema;
INSERT INTO routing_request (id, external_id, provider, subject, status, failure_reason,
    failed_attempts, api_code, api_message, api_at, version, created_at, updated_at)
SELECT 100000000 + g, 'bench-' || g, 'Salesforce', 'Case ' || g, 'FAILED', 'INVALID_FLOW', 1,
    'queue.or.flow.required', 'Exactly one of queueId and flowId is required',
    now() - interval '1 hour', 1, now() - interval '1 hour', now() - interval '1 hour'
FROM generate_series(1, $n) g;
INSERT INTO routing_attempt (id, routing_request_id, attempt_number, outcome, failure_reason,
    api_code, api_message, api_at, duration_ms, started_at)
SELECT 100000000 + g, 100000000 + g, 1, 'FAILED', 'INVALID_FLOW', 'queue.or.flow.required',
    'Exactly one of queueId and flowId is required', now() - interval '1 hour', 0,
    now() - interval '1 hour'
FROM generate_series(1, $n) g;
ANALYZE routing_request;
ANALYZE routing_attempt;
SQL

rss() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }
live_heap() { # MiB of heap still in use after a full GC
  jcmd "$pid" GC.run > /dev/null
  jcmd "$pid" GC.heap_info | sed -n 's/.*heap .*used \([0-9]*\)K.*/\1/p' | head -1 | awk '{print int($1 / 1024)}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
sql_ms() { # the time of one statement, rolled back
  "${pg[@]}" -c "SET search_path = $schema" -c '\timing on' -c "BEGIN" -c "$1" -c "ROLLBACK" \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sed -n 2p
}

for filter in '{}' '{"failureReason": "INVALID_FLOW", "q": "case 9"}'; do
  for _ in 1 2 3 4 5; do
    curl -s -u "$auth" -o "$work/dry" -w '%{time_total}\n' -X POST "$url/api/routing-requests/bulk-reroute" \
      -H 'Content-Type: application/json' -d "{\"filter\": $filter, \"dryRun\": true}"
  done | median > "$work/t"
  echo "dry run $filter: $(cat "$work/dry") in $(echo "$(cat "$work/t") * 1000" | bc) ms (median of 5, HTTP included)"
done
echo "  plain SQL count of failed requests: $(sql_ms "SELECT COUNT(*) FROM routing_request WHERE status = 'FAILED'") ms"

# runs a bulk operation to the end; prints its throughput and the memory it took
bulk() {
  local kind=$1 started id start end state max_rss before heap_before max_heap polls=0
  before=$(rss); max_rss=$before
  heap_before=$(live_heap); max_heap=$heap_before
  start=$(date +%s.%N)
  started=$(curl -sf -u "$auth" -X POST "$url/api/routing-requests/bulk-$kind" -H 'Content-Type: application/json' \
    -d '{"filter": {"failureReason": "INVALID_FLOW"}}')
  id=$(echo "$started" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  state=RUNNING
  while [ "$state" = RUNNING ]; do
    sleep 0.5
    state=$(curl -sf -u "$auth" "$url/api/bulk-operations/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
    r=$(rss); [ "$r" -gt "$max_rss" ] && max_rss=$r
    polls=$((polls + 1))
    if [ $((polls % 10)) = 0 ]; then h=$(live_heap); [ "$h" -gt "$max_heap" ] && max_heap=$h; fi
  done
  end=$(date +%s.%N)
  curl -sf -u "$auth" "$url/api/bulk-operations/$id"; echo
  secs=$(echo "$end - $start" | bc)
  echo "bulk $kind of $n: $(printf '%.1f' "$secs") s, $(echo "$n / $secs" | bc) requests/s; heap live after GC ${heap_before} MiB before, at most ${max_heap} MiB during (sampled every 5 s); resident memory ${before} MiB before, at most ${max_rss} MiB during"
}
echo "  baseline, plain SQL reroute (one UPDATE, no audit, no attempt, rolled back): $(sql_ms "UPDATE routing_request SET status = 'PENDING', failed_attempts = 0 WHERE status = 'FAILED'") ms"
bulk reroute

# a cancel: how long the DELETE takes, and that nothing is done after it
started=$(curl -sf -u "$auth" -X POST "$url/api/routing-requests/bulk-reroute" -H 'Content-Type: application/json' \
  -d '{"filter": {"failureReason": "INVALID_FLOW"}}')
id=$(echo "$started" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
sleep 3
cancel_s=$(curl -s -u "$auth" -o "$work/cancelled" -w '%{time_total}' -X DELETE "$url/api/bulk-operations/$id")
done_then=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["done"])' "$work/cancelled")
sleep 2
done_later=$(curl -sf -u "$auth" "$url/api/bulk-operations/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["done"])')
echo "cancel of a running bulk reroute: answered in $(echo "$cancel_s * 1000" | bc) ms; done $done_then at the cancel, $done_later 2 s later"

[ "${DELETE:-yes}" = yes ] || exit 0
echo "  baseline, plain SQL delete (one DELETE with its attempts, no copy, rolled back): $(sql_ms "DELETE FROM routing_request WHERE status = 'FAILED'") ms"
bulk delete
