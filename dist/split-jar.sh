#!/usr/bin/env bash
# The program in three jars: dist/split-jar.sh SHADED_JAR OUT_DIR [JDK]
# OUT_DIR/formdesk.jar: formdesk and the libraries a fill uses (Lanterna, EvalEx, Jackson, SnakeYAML, picocli,
# RE2J); OUT_DIR/formdesk-validation.jar, named by its Class-Path: Bean Validation (Hibernate Validator and what
# it needs), which reads a form file; OUT_DIR/formdesk-libs.jar: the large ones only other commands use (POI,
# BouncyCastle, MINA, …). The JVM reads a jar's whole directory when it first opens it and keeps it on the heap
# while the jar is open; for the one jar of everything (some 22,000 entries) that is a read before every fill's
# first screen and 2.5 MB of every session's memory. formdesk-libs.jar is on no jar's Class-Path: the launchers
# put it on the class path of the commands other than fill, so that a fill never opens it, not even when
# something looks for a service or a class on the whole class path (Bean Validation's start, the System
# logger's). Used by the build (bin/formdesk runs target/fill/) and by the release (dist/make-release.sh).
set -euo pipefail
shaded="$1"
out="$2"
jar="${3:+$3/bin/}jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/all" "$work/libs" "$work/validation" "$out"
(cd "$work/all" && "$jar" -xf "$shaded")
rm -f "$work/all/META-INF/MANIFEST.MF"
# move INTO PACKAGE...: each package's classes (and their versions for later Javas) from the whole to INTO.
move() {
  local into="$1" p from to
  shift
  for p in "$@"; do
    for from in "$work/all" "$work"/all/META-INF/versions/*; do
      if [[ -e "$from/$p" ]]; then
        to="$work/$into/${from#"$work/all"}"
        mkdir -p "$(dirname "$to/$p")"
        mv "$from/$p" "$to/$p"
      fi
    done
  done
}
validation=(org/hibernate jakarta org/jboss)
libs=(org/apache org/bouncycastle org/openxmlformats com/microsoft org/etsi org/w3 com/zaxxer org/slf4j)
move validation "${validation[@]}"
move libs "${libs[@]}"
# A service file goes with the providers it names (BouncyCastle's security provider, MINA's file system, POI's
# …), whatever interface it is for: a fill's class path names no provider it cannot load.
if [[ -d "$work/all/META-INF/services" ]]; then
  for f in "$work"/all/META-INF/services/*; do
    names="$(grep -v '^[[:space:]]*#' "$f" | tr '.' '/' || true)"
    for p in "${validation[@]}"; do
      grep -q "^$p/" <<<"$names" && { move validation "META-INF/services/${f##*/}"; continue 2; }
    done
    for p in "${libs[@]}"; do
      grep -q "^$p/" <<<"$names" && { move libs "META-INF/services/${f##*/}"; continue 2; }
    done
  done
fi
printf 'Main-Class: org.formdesk.cli.Main\nMulti-Release: true\nClass-Path: formdesk-validation.jar\n' > "$work/main.mf"
printf 'Multi-Release: true\n' > "$work/libs.mf"
rm -f "$out/formdesk.jar" "$out/formdesk-validation.jar" "$out/formdesk-libs.jar"
"$jar" --create --file "$out/formdesk.jar" --manifest "$work/main.mf" -C "$work/all" .
"$jar" --create --file "$out/formdesk-validation.jar" --manifest "$work/libs.mf" -C "$work/validation" .
"$jar" --create --file "$out/formdesk-libs.jar" --manifest "$work/libs.mf" -C "$work/libs" .
