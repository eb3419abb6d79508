#!/usr/bin/env bash
# Times `formdesk collect` over N generated records of the seed form (default 1000), CSV and JSON,
# as a user runs it (JVM start included). Usage: bench/collect.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
cd "$root"
mvn -B -q -o -DskipTests package >&2   # builds the jar and compiles the generator under src/test
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "target/test-classes:target/formdesk.jar" org.formdesk.bench.GenerateRecords "$work/records" "$n"
printf 'form: [\n' > "$work/records/broken.yaml"
for format in csv json; do
  start=$(date +%s%N)
  bin/formdesk collect "$work/records" --format "$format" --out "$work/all.$format" 2> "$work/err" || true
  end=$(date +%s%N)
  echo "collect $n records + 1 broken, $format: $(( (end - start) / 1000000 )) ms; $(tail -1 "$work/err")"
done
