#!/usr/bin/env bash
# Start-to-ready time and resident memory of the service, against a bare Payara Micro started
# with the same options in the same go. Prints one line per run, the medians and their ratios.
#   RUNS=5 src/bench/startup.sh     (SKIP_BUILD=1 uses the WAR already built; KEEP_LOGS=1 keeps
#   the last start's log in /tmp/startup-last.log)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
port=${BENCH_PORT:-18080}
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap '[ -n "${KEEP_LOGS:-}" ] && cp "$work/log" /tmp/startup-last.log; rm -rf "$work"' EXIT

# Starts Payara Micro with the run command's options plus "$@", waits until $probe answers
# $expected, then prints "<seconds to ready> <RSS in MiB 2 s after ready>".
measure() {
  local probe=$1 expected=$2; shift 2
  local start pid code ready rss
  start=$(date +%s.%N)
  java -Dhazelcast.socket.bind.any=false -Ddata.dir="$work/data-$RANDOM" -jar target/payara-micro.jar \
    --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 \
    --prebootcommandfile server-config/pre-boot-commands.asadmin --port "$port" "$@" \
    > "$work/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$probe" || true)
    [ "$code" = "$expected" ] && break
    sleep 0.05
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  sleep 2
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%.2f %d\n' "$ready" "$rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: > "$work/bare"; : > "$work/service"
for i in $(seq 1 "$runs"); do
  measure / 404 | tee -a "$work/bare" | sed "s/^/bare Payara Micro  run $i: /"
  measure /health/ready 200 --deploy target/email-routing.war --contextroot / \
    | tee -a "$work/service" | sed "s/^/service            run $i: /"
done
bare_t=$(cut -d' ' -f1 "$work/bare" | median); bare_m=$(cut -d' ' -f2 "$work/bare" | median)
svc_t=$(cut -d' ' -f1 "$work/service" | median); svc_m=$(cut -d' ' -f2 "$work/service" | median)
echo "median start-to-ready: service ${svc_t} s, bare ${bare_t} s, ratio $(echo "scale=2; $svc_t / $bare_t" | bc)"
echo "median resident memory: service ${svc_m} MiB, bare ${bare_m} MiB, ratio $(echo "scale=2; $svc_m / $bare_m" | bc)"
