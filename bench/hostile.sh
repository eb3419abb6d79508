#!/usr/bin/env bash
# The hostile forms of issue 13 (finding 4), each answered by a launcher: lint of the form, then score and
# validate of a record against it (the record's code is 32 a's and "!", against the pattern's form).
#   bench/hostile.sh [LAUNCHER]   (default: bin/formdesk; e.g. the release's bin/formdesk)
# One line a case: the form, the command, its exit code, how many lines it printed, wall and CPU time, and
# the first line it printed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fd="${1:-$here/../bin/formdesk}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
form() { # form NAME FIELD-LINE…
  local name="$1"; shift
  { printf 'id: hostile\nversion: "1"\ntitle: Hostile\nsections:\n  - id: s\n    title: S\n    fields:\n'
    printf '      - {id: amount, label: 金额, type: money}\n'
    for line in "$@"; do printf '      - %s\n' "$line"; done; } > "$name.yaml"
}
a32='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'
minus="$(printf -- '-%.0s' $(seq 1 20000))1"
pattern='{id: code, label: 编码, type: text, pattern: "((a+)+)+$"}'
power='{id: a, label: A, type: money, compute: amount^999999999}'
fact='{id: b, label: B, type: money, compute: FACT(100000000)}'
strm="{id: c, label: C, type: money, compute: \"STR_MATCHES(\\\"$a32\\\", \\\"((a+)+)+\$\\\")\"}"
minusf="{id: d, label: D, type: money, compute: \"$minus\"}"
form pattern "$pattern"
form power "$power"
form fact "$fact"
form strmatches "$strm"
form minus "$minusf"
form all "$pattern" "$power" "$fact" "$strm" "$minusf"
printf 'form: hostile\nformVersion: "1"\nstatus: draft\nvalues:\n  amount: '"'2'"'\n  code: %s\n' "$a32" > r.yaml
echo "launcher: $fd; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in pattern power fact strmatches minus all; do
  for cmd in lint score validate; do
    if [[ $cmd == lint ]]; then args=(lint "$f.yaml"); else args=("$cmd" r.yaml --form "$f.yaml"); fi
    set +e
    /usr/bin/time -o t.txt -f "%e s wall, %U+%S s CPU" "$fd" "${args[@]}" > out.txt 2>&1
    code=$?
    set -e
    echo "$f | $cmd | exit $code | $(wc -l < out.txt) lines | $(tail -n 1 t.txt) | $(head -n 1 out.txt | cut -c1-140)"
  done
done
