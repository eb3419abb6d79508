#!/usr/bin/env bash
# formdesk serve with 100 concurrent sessions, beside one bin/formdesk fill process per user, in one run:
#   bench/serve.sh [SESSIONS [PROCESSES [TYPE_SECONDS [IDLE_SECONDS]]]]    (default 100 20 30 60)
# Needs java 17, maven (offline is fine once built), script (bsdutils), jcmd (the JDK).
# Output: a markdown table on stdout and in bench/target/serve-<time>.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sessions="${1:-100}"; procs="${2:-20}"; type_s="${3:-30}"; idle_s="${4:-60}"
mkdir -p bench/target
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="bench/target/serve-$stamp.md"
echo "building (product, then bench)..." >&2
mvn -B -q -o -DskipTests install >&2
mvn -B -q -o -f bench/pom.xml package >&2
{
  echo "# formdesk serve, $sessions sessions, beside $procs processes: $stamp"
  echo
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM; $(uname -r)"
  echo "- java: $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
  echo "- command: bench/serve.sh $sessions $procs $type_s $idle_s"
  java -cp bench/target/benchmarks.jar org.formdesk.bench.ServeBench target/formdesk.jar bin/formdesk \
    "$sessions" "$procs" "$type_s" "$idle_s"
  echo "- load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$report"
