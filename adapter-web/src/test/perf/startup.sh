#!/usr/bin/env bash
# Start-up of the service to "ready" against the barest Spring Boot web app of the same version, measured in one run,
# and against a second baseline with the service's stack but none of its code (same-stack/: the same starters,
# springdoc, an H2 file through Boot's data source), which tells the stack's share from ours.
# "Ready" = the first HTTP 200 from the readiness URL (ours and same-stack: /actuator/health, which reads the
# database; the bare app: /ping), timed from just before `java -jar` starts, polled every 10 ms. Runs alternate
# between the three apps so all see the same machine load. With CDS=1 the jars are first extracted and given an
# application class-data sharing archive from a training run (Spring Boot's documented way to start faster), and are
# started from those. JAVA_OPTS (e.g. -Dspring.aot.enabled=true) is passed to the service only.
# Usage: [CDS=1] [JAVA_OPTS=...] adapter-web/src/test/perf/startup.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
runs="${1:-7}"
[ -f adapter-web/target/stepahead-web.jar ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q -f adapter-web/src/test/perf/bare-boot/pom.xml package
./mvnw -B -q -f adapter-web/src/test/perf/same-stack/pom.xml package
bare=adapter-web/src/test/perf/bare-boot/target/bare-boot.jar
stack=adapter-web/src/test/perf/same-stack/target/same-stack.jar
ours=adapter-web/target/stepahead-web.jar
home="$(mktemp -d)"
log="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$home" "$log" "$work"' EXIT
cds_ours=(); cds_bare=(); cds_stack=()
if [ "${CDS:-0}" = 1 ]; then
  cds_ours=(-XX:SharedArchiveFile="$work/ours.jsa"); cds_bare=(-XX:SharedArchiveFile="$work/bare.jsa")
  cds_stack=(-XX:SharedArchiveFile="$work/stack.jsa")
  java -Djarmode=tools -jar "$ours" extract --destination "$work/ours" >/dev/null
  java -Djarmode=tools -jar "$bare" extract --destination "$work/bare" >/dev/null
  java -Djarmode=tools -jar "$stack" extract --destination "$work/stack" >/dev/null
  ours="$work/ours/stepahead-web.jar"; bare="$work/bare/bare-boot.jar"; stack="$work/stack/same-stack.jar"
  STEPAHEAD_HOME="$home" STEPAHEAD_ADMIN_USER=admin STEPAHEAD_ADMIN_PASSWORD=startup-secret \
    java -XX:ArchiveClassesAtExit="$work/ours.jsa" -Dspring.context.exit=onRefresh -jar "$ours" >/dev/null 2>&1
  java -XX:ArchiveClassesAtExit="$work/bare.jsa" -Dspring.context.exit=onRefresh -jar "$bare" >/dev/null 2>&1
  java -XX:ArchiveClassesAtExit="$work/stack.jsa" -Dspring.context.exit=onRefresh -jar "$stack" \
    --spring.datasource.url="jdbc:h2:file:$home/same-stack" >/dev/null 2>&1
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
    exec java "${cds_ours[@]}" ${JAVA_OPTS:-} -jar "$ours" --server.port=18080
}
run_bare() { exec java "${cds_bare[@]}" -jar "$bare" --server.port=18081; }
run_stack() {
  exec java "${cds_stack[@]}" -jar "$stack" --server.port=18082 --spring.datasource.url="jdbc:h2:file:$home/same-stack"
}

first=$(ready_ms http://localhost:18080/actuator/health run_ours)
echo "first start of the service (creates and migrates the H2 file): ${first} ms"
ready_ms http://localhost:18082/actuator/health run_stack >/dev/null # creates the same-stack H2 file
ours_ms=(); bare_ms=(); stack_ms=()
for i in $(seq "$runs"); do
  bare_ms+=("$(ready_ms http://localhost:18081/ping run_bare)")
  stack_ms+=("$(ready_ms http://localhost:18082/actuator/health run_stack)")
  ours_ms+=("$(ready_ms http://localhost:18080/actuator/health run_ours)")
  echo "run $i: bare ${bare_ms[-1]} ms, same stack ${stack_ms[-1]} ms, service ${ours_ms[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
mb=$(median "${bare_ms[@]}"); ms=$(median "${stack_ms[@]}"); mo=$(median "${ours_ms[@]}")
echo "median: bare ${mb} ms, same stack ${ms} ms, service ${mo} ms"
echo "ratios: service/bare $(ratio "$mo" "$mb"), same stack/bare $(ratio "$ms" "$mb"), service/same stack $(ratio "$mo" "$ms")"
