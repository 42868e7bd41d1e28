#!/usr/bin/env bash
# Start-up of the service to "ready" against the barest Spring Boot web app of the same version, measured in one run.
# "Ready" = the first HTTP 200 from the readiness URL (ours: /actuator/health, which reads through the storage;
# the baseline: /ping), timed from just before `java -jar` starts, polled every 10 ms. Runs alternate between the
# two apps so both see the same machine load. With CDS=1 both jars are first extracted and given an application
# class-data sharing archive from a training run (Spring Boot's documented way to start faster), and are started from
# those. Usage: [CDS=1] adapter-web/src/test/perf/startup.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
runs="${1:-7}"
[ -f adapter-web/target/stepahead-web.jar ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q -f adapter-web/src/test/perf/bare-boot/pom.xml package
bare=adapter-web/src/test/perf/bare-boot/target/bare-boot.jar
ours=adapter-web/target/stepahead-web.jar
home="$(mktemp -d)"
log="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$home" "$log" "$work"' EXIT
cds_ours=(); cds_bare=()
if [ "${CDS:-0}" = 1 ]; then
  cds_ours=(-XX:SharedArchiveFile="$work/ours.jsa"); cds_bare=(-XX:SharedArchiveFile="$work/bare.jsa")
  java -Djarmode=tools -jar "$ours" extract --destination "$work/ours" >/dev/null
  java -Djarmode=tools -jar "$bare" extract --destination "$work/bare" >/dev/null
  ours="$work/ours/stepahead-web.jar"; bare="$work/bare/bare-boot.jar"
  STEPAHEAD_HOME="$home" STEPAHEAD_ADMIN_USER=admin STEPAHEAD_ADMIN_PASSWORD=startup-secret \
    java -XX:ArchiveClassesAtExit="$work/ours.jsa" -Dspring.context.exit=onRefresh -jar "$ours" >/dev/null 2>&1
  java -XX:ArchiveClassesAtExit="$work/bare.jsa" -Dspring.context.exit=onRefresh -jar "$bare" >/dev/null 2>&1
fi

ready_ms() { # url, then the command
  local url="$1"; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; echo "the app did not start" >&2; exit 1; fi
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

run_ours() {
  STEPAHEAD_HOME="$home" STEPAHEAD_ADMIN_USER=admin STEPAHEAD_ADMIN_PASSWORD=startup-secret \
    exec java "${cds_ours[@]}" -jar "$ours" --server.port=18080
}
run_bare() { exec java "${cds_bare[@]}" -jar "$bare" --server.port=18081; }

first=$(ready_ms http://localhost:18080/actuator/health run_ours)
echo "first start of the service (creates and migrates the H2 file): ${first} ms"
ours_ms=(); bare_ms=()
for i in $(seq "$runs"); do
  bare_ms+=("$(ready_ms http://localhost:18081/ping run_bare)")
  ours_ms+=("$(ready_ms http://localhost:18080/actuator/health run_ours)")
  echo "run $i: bare ${bare_ms[-1]} ms, service ${ours_ms[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mb=$(median "${bare_ms[@]}"); mo=$(median "${ours_ms[@]}")
echo "median: bare ${mb} ms, service ${mo} ms, ratio $(awk -v o="$mo" -v b="$mb" 'BEGIN {printf "%.2f", o / b}')"
