#!/usr/bin/env bash
# Intake-to-Genesys latency on an idle service: posts N routing requests to the sandbox's Support
# queue, one every 200 ms, then reads each back and prints the median, 95th percentile and maximum
# of routedAt - createdAt. Start the service first (mvn -Prun package); AUTH is user:password.
#   N=100 URL=http://localhost:8080 AUTH=admin:... src/bench/intake-latency.sh
set -euo pipefail
url=${URL:-http://localhost:8080}
n=${N:-100}
auth=${AUTH:?set AUTH=user:password}
queue=142e8c57-4924-4f80-a5ac-cc7c198aa566
run=$(date +%s)
ids=()
for i in $(seq 1 "$n"); do
  ids+=("$(curl -sf -u "$auth" -X POST "$url/api/routing-requests" -H 'Content-Type: application/json' \
    -d "{\"externalId\": \"latency-$run-$i\", \"queueId\": \"$queue\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')")
  sleep 0.2
done
sleep 2
for id in "${ids[@]}"; do curl -sf -u "$auth" "$url/api/routing-requests/$id"; echo; done | python3 -c '
import json, sys
from datetime import datetime
def t(s): return datetime.fromisoformat(s.replace("Z", "+00:00"))
rows = [json.loads(line) for line in sys.stdin if line.strip()]
routed = sorted((t(r["routedAt"]) - t(r["createdAt"])).total_seconds() * 1000 for r in rows if r["routedAt"])
print(f"{len(routed)} of {len(rows)} routed; intake-to-Genesys ms: median {routed[len(routed)//2]:.0f},"
      f" p95 {routed[int(len(routed)*0.95)-1]:.0f}, max {routed[-1]:.0f}")
'
