#!/usr/bin/env bash
# The program in two jars: dist/split-jar.sh SHADED_JAR OUT_DIR [JDK]
# OUT_DIR/formdesk.jar: formdesk and the libraries a fill uses (Lanterna, EvalEx, Jackson, SnakeYAML, picocli,
# RE2J); OUT_DIR/formdesk-libs.jar, named by its Class-Path: the large ones only other commands use (POI,
# BouncyCastle, MINA, Hibernate Validator, …). The JVM reads a jar's whole directory when it first opens it and
# keeps it on the heap while the jar is open; for the one jar of everything (some 22,000 entries) that is a
# read before every fill's first screen and 2.5 MB of every session's memory. Used by the build (bin/formdesk
# runs target/fill/formdesk.jar) and by the release (dist/make-release.sh).
set -euo pipefail
shaded="$1"
out="$2"
jar="${3:+$3/bin/}jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/all" "$work/libs" "$out"
(cd "$work/all" && "$jar" -xf "$shaded")
rm -f "$work/all/META-INF/MANIFEST.MF"
rare=(org/apache org/bouncycastle org/openxmlformats org/hibernate com/microsoft jakarta org/etsi org/jboss org/w3
  com/zaxxer org/slf4j)
for p in "${rare[@]}"; do
  for from in "$work/all" "$work"/all/META-INF/versions/*; do
    if [[ -e "$from/$p" ]]; then
      to="$work/libs/${from#"$work/all"}"
      mkdir -p "$(dirname "$to/$p")"
      mv "$from/$p" "$to/$p"
    fi
  done
done
printf 'Main-Class: org.formdesk.cli.Main\nMulti-Release: true\nClass-Path: formdesk-libs.jar\n' > "$work/main.mf"
printf 'Multi-Release: true\n' > "$work/libs.mf"
rm -f "$out/formdesk.jar" "$out/formdesk-libs.jar"
"$jar" --create --file "$out/formdesk.jar" --manifest "$work/main.mf" -C "$work/all" .
"$jar" --create --file "$out/formdesk-libs.jar" --manifest "$work/libs.mf" -C "$work/libs" .
