#!/usr/bin/env bash
# Every benchmark of issue 6 in one run, side by side: bench/run-all.sh [--quick]
#   1-5: bench/ptybench.py drives bin/formdesk fill (seed form and a generated 2,000-field form), dialog --form
#        and a Java hello-world on a pseudo-terminal (answers ESC[6n like a terminal; strace counts writes);
#   4:   also JMH EngineBenchmark (one committed change in the engine alone) and KeyLatencyHarness (one typed
#        key inside the program: decode, handle, recompute, paint, delta refresh; no pty, no scheduling);
#   6:   ValidateHarness: validate 10,000 records against merely parsing them.
# Needs: java 17, maven (offline is fine once built), python3, strace, dialog (apt-get install -y strace dialog).
# Output: a markdown report on stdout and in bench/target/results-<time>.md (+ the raw JSON beside it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
quick=false
[[ "${1:-}" == "--quick" ]] && quick=true
runs=11; keys=300; idle=30; records=10000; rounds=5; jmh=(-wi 3 -w 2s -i 5 -r 2s -f 1)
if $quick; then runs=3; keys=60; idle=5; records=1000; rounds=3; jmh=(-wi 1 -w 1s -i 2 -r 1s -f 1); fi
for tool in java mvn python3 strace dialog; do
  command -v "$tool" >/dev/null || { echo "run-all: $tool is missing (apt-get install -y strace dialog)" >&2; exit 2; }
done
out="$root/bench/target"
mkdir -p "$out"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="$out/results-$stamp.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building (product with its CDS archive, then bench)..." >&2
mvn -B -q -o -DskipTests install >&2
mvn -B -q -o -f bench/pom.xml package >&2
java bench/src/main/java/org/formdesk/bench/GeneratedForm.java 2000 1000 > "$work/generated.yaml"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello from the JVM floor"); } }\n' > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"

{
  echo "# formdesk benchmarks, $stamp"
  echo
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM; $(uname -r)"
  echo "- java: $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
  echo "- load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- command: bench/run-all.sh $*  (first paint: $runs runs each, taking turns; $keys keys; idle ${idle} s)"
  echo
} > "$report"

echo "pty measurements..." >&2
python3 bench/ptybench.py --formdesk bin/formdesk --generated "$work/generated.yaml" --hello-dir "$work" \
  --runs "$runs" --keys "$keys" --idle "$idle" --probe-jar bench/target/benchmarks.jar --json "$out/pty-$stamp.json" >> "$report"
echo "- load after the pty part: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$report"

echo "JMH..." >&2
{
  echo
  echo "## Engine alone (JMH EngineBenchmark: one committed change = parse + recompute + checks touched), us/op"
  echo
  echo '```'
  java -jar bench/target/benchmarks.jar EngineBenchmark "${jmh[@]}" 2>&1 | sed -n '/^Benchmark/,$p' | grep -v 'p0.00\|p0.999\|p1.00'
  echo '```'
} >> "$report"

echo "key cost inside the program..." >&2
{
  echo
  echo "## One typed key inside the program (KeyLatencyHarness: the real loop step on a byte sink, bin/formdesk's JVM flags, 120x40)"
  echo
  echo '```'
  for form in seed "$work/generated.yaml"; do
    echo "$([[ $form == seed ]] && echo 'seed form' || echo '2,000 fields, 1,000 checks'):"
    script -qfc "stty cols 120 rows 40; java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms8m -Xmx48m -Xss512k -XX:-UsePerfData \
      -cp bench/target/benchmarks.jar org.formdesk.tui.KeyLatencyHarness $form 2000" /dev/null | tr -d '\r' | grep -a '^KEYS'
  done
  echo '```'
} >> "$report"

echo "validate vs parse..." >&2
{
  echo
  echo "## validate $records records against merely parsing them (ValidateHarness, in one JVM, $rounds rounds after a warm-up)"
  echo
  echo '```'
  java -cp bench/target/benchmarks.jar org.formdesk.bench.ValidateHarness examples/dept-perf-self-eval-2021.yaml "$records" "$rounds"
  echo '```'
  echo
  echo "- load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$report"
cat "$report"
