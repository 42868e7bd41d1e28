#!/usr/bin/env bash
# Throughput and p99 of GET program overview against a trivial endpoint of the same service, under the same load:
# wrk (Debian package `wrk`), 64 connections, 2 threads, on loopback, after a warm-up. The service runs on a fresh
# embedded H2 file with the demo data (the five seed programs) and is called with a bearer token, so both endpoints
# pass the same security filter; the trivial endpoint is the caller's own account (no storage read beyond the
# token's). After a 60 s warm-up of each (the JIT needs it on two cores), rounds alternate between the two
# endpoints. The service runs with its own defaults (Tomcat threads: 4 per processor, at least 8); SERVICE_ARGS adds
# options, e.g. SERVICE_ARGS=--server.tomcat.threads.max=200 for Tomcat's own default.
# Usage: [SERVICE_ARGS=...] adapter-web/src/test/perf/throughput.sh [seconds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
seconds="${1:-20}"
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }
[ -f adapter-web/target/stepahead-web.jar ] || ./mvnw -B -q package -DskipTests
home="$(mktemp -d)"
log="$(mktemp)"
base=http://localhost:18090
STEPAHEAD_HOME="$home" STEPAHEAD_DEMO=true STEPAHEAD_ADMIN_USER=admin STEPAHEAD_ADMIN_PASSWORD=bench-secret-42 \
  java -jar adapter-web/target/stepahead-web.jar --server.port=18090 ${SERVICE_ARGS:-} >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$home" "$log"' EXIT
until curl -sf -o /dev/null "$base/actuator/health"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done

token=$(curl -sf -u admin:bench-secret-42 -H 'Content-Type: application/json' -d '{"name": "benchmark"}' \
  "$base/api/v1/account/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# the largest seed program (by the size of its overview) is the one measured
program=$(BASE="$base" TOKEN="$token" python3 - <<'PY'
import json, os, urllib.request
base, token = os.environ["BASE"], os.environ["TOKEN"]
def get(path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as response:
        return response.read()
sizes = {}
for community in json.loads(get("/api/v1/communities?size=50"))["items"]:
    for program in json.loads(get("/api/v1/communities/%s/programs" % community["id"])):
        sizes[program["id"]] = len(get("/api/v1/programs/" + program["id"]))
print(max(sizes, key=sizes.get))
PY
)
echo "program $program: $(curl -s -H "Authorization: Bearer $token" "$base/api/v1/programs/$program" | wc -c) bytes of overview"
overview="$base/api/v1/programs/$program"
trivial="$base/api/v1/account"
for url in "$overview" "$trivial"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
  [ "$code" = 200 ] || { echo "$url answers $code" >&2; exit 1; }
done

bench() { # url, seconds → "requests/s p99_ms"
  wrk -t2 -c64 -d"$2"s --latency -H "Authorization: Bearer $token" "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; p99=v}
    END {printf "%.0f %.2f\n", rps, p99}'
}
echo "warm-up"; bench "$overview" 60 >/dev/null; bench "$trivial" 60 >/dev/null
for round in 1 2 3; do
  read -r t_rps t_p99 <<<"$(bench "$trivial" "$seconds")"
  read -r o_rps o_p99 <<<"$(bench "$overview" "$seconds")"
  echo "round $round: trivial $t_rps req/s p99 $t_p99 ms | overview $o_rps req/s p99 $o_p99 ms | ratio $(awk -v o="$o_rps" -v t="$t_rps" 'BEGIN {printf "%.2f", o / t}')"
done
