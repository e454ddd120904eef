#!/usr/bin/env bash
# Intake while random HTTP Basic logins flood the service: the accepted routing requests per second
# of 16 concurrent intake clients (wrk, the intake API key) for DURATION seconds, first alone, then
# while an attacker sends RATE logins a second with random user names and passwords (each would cost
# a PBKDF2 hash without the login limit), then alone again. Prints the rates, the ratio of the
# flooded one to the mean of the two alone, and what the attacker got.
# Starts its own service on BENCH_PORT (fresh H2 database, the built-in sandbox, default settings).
#   DURATION=20 RATE=50 src/bench/login-flood.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-20}
rate=${RATE:-50}
port=${BENCH_PORT:-18090}
key=bench-intake-key-0123456789abcdef
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
mvn -q -B -DskipTests package
work=$(mktemp -d)
java -Dhazelcast.socket.bind.any=false -Djava.net.preferIPv4Stack=true -Dport="$port" \
  -Ddata.dir="$work/data" -Dadmin.password=bench-Admin-Passw0rd -Dintake.api-key="$key" \
  -jar target/payara-micro.jar --deploy target/email-routing.war --contextroot / --port "$port" \
  --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 \
  --prebootcommandfile server-config/pre-boot-commands.asadmin > "$work/log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
  sleep 0.2
done

cat > "$work/intake.lua" <<LUA
local run = "$(date +%s%N)"
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"externalId": "flood-%s-%s-%d", "subject": "Invoice", '
    .. '"queueId": "142e8c57-4924-4f80-a5ac-cc7c198aa566"}', run, id, n)
  return wrk.format("POST", "/api/routing-requests",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $key"}, body)
end
LUA

# wrk's requests per second of accepted (202) routing requests
intake() {
  wrk -t4 -c16 -d"${duration}s" -s "$work/intake.lua" "http://127.0.0.1:$port" > "$work/wrk"
  local total non2xx
  total=$(awk '/requests in/ {print $1}' "$work/wrk")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk")
  echo "scale=1; ($total - ${non2xx:-0}) / $duration" | bc
}

# RATE random Basic logins a second for DURATION seconds; prints how the service answered them
attack() {
  python3 - "$port" "$rate" "$((duration + 2))" <<'PY'
import base64, collections, http.client, sys, threading, time, uuid
port, rate, duration = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
answers = collections.Counter()
def login():
    name, password = "u-" + uuid.uuid4().hex[:8], uuid.uuid4().hex
    token = base64.b64encode(f"{name}:{password}".encode()).decode()
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", "/api/routing-requests", headers={"Authorization": "Basic " + token})
        answers[c.getresponse().status] += 1
        c.close()
    except Exception as e:
        answers[type(e).__name__] += 1
start = time.monotonic()
sent = 0
while time.monotonic() - start < duration:
    threading.Thread(target=login, daemon=True).start()
    sent += 1
    time.sleep(max(0, start + sent / rate - time.monotonic()))
time.sleep(2)
print(f"{sent} logins sent, answers: {dict(answers)}")
PY
}

intake > /dev/null # warm-up (JIT, pools)
intake > /dev/null
before=$(intake)
attack > "$work/attack" &
attacker=$!
sleep 1
flooded=$(intake)
wait "$attacker"
after=$(intake)
alone=$(echo "scale=1; ($before + $after) / 2" | bc)
echo "intake alone, before and after:        $before, $after accepted/s (mean $alone)"
echo "intake during $rate random logins/s:   $flooded accepted/s"
echo "ratio:                                 $(echo "scale=3; $flooded / $alone" | bc)"
echo "attacker:                              $(cat "$work/attack")"
