#!/usr/bin/env bash
# First paint of the release archive's `formdesk fill` (seed form) against the archive runtime's own Java
# hello-world, in one ptybench run, the two taking turns (issue 16). Needs javac once, for Hello.class.
#   bench/release-paint.sh [ARCHIVE [RUNS [more ptybench options, e.g. --extra NAME=LAUNCHER,JAVA]]]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
archive="${1:-$(ls "$here"/../target/formdesk-*-linux-x64.tar.gz | head -n 1)}"
runs="${2:-11}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
release="$(ls -d "$work"/formdesk-*/)"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello from the JVM floor"); } }\n' > "$work/Hello.java"
javac --release 17 -d "$work" "$work/Hello.java"
echo "archive: $archive ($(du -m "$archive" | cut -f1) MB); runtime: $("$release/runtime/bin/java" -version 2>&1 | head -n 1)"
echo "load before: $(cat /proc/loadavg)"
python3 "$here/ptybench.py" --formdesk "$release/bin/formdesk" --hello-java "$release/runtime/bin/java" \
  --hello-dir "$work" --generated /dev/null --only formdesk-seed,hello --paint-only --runs "$runs" "${@:3}"
echo "load after: $(cat /proc/loadavg)"
