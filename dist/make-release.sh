#!/usr/bin/env bash
# Assembles the self-contained release; `mvn -Prelease package` runs it after the shaded jar is made:
#   target/release/formdesk-VERSION/          the tree, as it unpacks
#   target/formdesk-VERSION-linux-x64.tar.gz  the archive
# usage: dist/make-release.sh VERSION JDK_HOME [FALLBACK_JDK_HOME]
# (the fallback, the JDK running the build, when JDK_HOME has no jlink: a release is still made and tested)
set -euo pipefail
version="$1"
jdk="$2"
if [[ ! -x "$jdk/bin/jlink" && -n "${3:-}" && -x "$3/bin/jlink" ]]; then
  echo "[release] warning: no JDK in $jdk; the runtime is made from $3 instead" >&2
  jdk="$3"
fi
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$top/target"
name="formdesk-$version"
stage="$target/release/$name"
archive="$target/$name-linux-x64.tar.gz"
jar="$target/formdesk.jar"
docs="$target/release-docs"

say() { echo "[release] $*"; }
[[ -x "$jdk/bin/jlink" && -x "$jdk/bin/jdeps" ]] || {
  echo "[release] no JDK with jlink and jdeps in $jdk; give one with -Drelease.jdk=DIR" >&2; exit 1; }
[[ -s "$jar" ]] || { echo "[release] $jar is missing: the shade runs first" >&2; exit 1; }
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"

rm -rf "$target/release" "$archive"
mkdir -p "$stage/bin" "$stage/lib" "$stage/man/man1" "$stage/completion" "$stage/systemd" "$stage/docs"

# The runtime: the modules jdeps finds in the jar (dependencies included), and those used by name at run
# time, where jdeps cannot see them: jdk.unsupported (Lanterna's window-size signal, via reflection),
# jdk.charsets (GBK terminals), jdk.localedata (Chinese and English formats, as with a full JDK),
# jdk.crypto.ec before Java 22 (EC keys for serve; in java.base since).
modules="$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")"
modules="$modules,jdk.unsupported,jdk.charsets,jdk.localedata"
if ((major < 22)); then modules="$modules,jdk.crypto.ec"; fi
modules="$(tr ',' '\n' <<<"$modules" | sort -u | paste -sd, -)" # jdeps may name some of these already
say "jlink (Java $major): $modules"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-man-pages \
  --no-header-files --generate-cds-archive --output "$stage/runtime" >/dev/null
# The default CDS archive for heaps over 32 GB: never used here (heaps of 48-512 MB).
rm -f "$stage/runtime/lib/server/classes_nocoops.jsa"
# The program in three jars (see dist/split-jar.sh): fill never reads the large libraries' directory.
"$top/dist/split-jar.sh" "$jar" "$stage/lib" "$jdk"
say "jars: formdesk.jar $("$jdk/bin/jar" -tf "$stage/lib/formdesk.jar" | wc -l) entries," \
  "formdesk-validation.jar $("$jdk/bin/jar" -tf "$stage/lib/formdesk-validation.jar" | wc -l)," \
  "formdesk-libs.jar $("$jdk/bin/jar" -tf "$stage/lib/formdesk-libs.jar" | wc -l)"
# The bundled forms as the jar holds them (YAML, compiled binary, list, default), and the program's phrases, read
# from here at run time (bin/formdesk: -Dformdesk.bundled, -Dformdesk.phrases): reading them from the jar would
# open its directory before the first paint.
mkdir -p "$stage/lib/forms" "$stage/lib/phrases"
cp -p "$target"/classes/forms/*.yaml "$target"/classes/forms/*.bin "$target/classes/forms/index.tsv" \
  "$target/classes/forms/default.txt" "$stage/lib/forms/"
cp -p "$target"/classes/phrases/*.properties "$stage/lib/phrases/"

# The launcher first: the fill's training runs it.
install -m 0755 "$top/dist/bin/formdesk" "$stage/bin/formdesk"

# The start-up caches, made by training runs with this runtime, these jars at their place in the tree, and the
# launcher's flags. The JVM checks each against the runtime and the jars at every start and ignores it if they differ.
common=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=16m -XX:-UsePerfData
  -Dfile.encoding=UTF-8 -Dformdesk.bundled="$stage/lib/forms" -Dformdesk.phrases="$stage/lib/phrases")
train=("${common[@]}" -Xms24m -Xmn16m -Xmx48m)
if ((major >= 25)); then
  say "AOT cache (JEP 483/514)"
  # Trained on the first paint of a fill only: every class in an AOT cache is loaded when the JVM starts, so
  # each class another command needs would make the fill start later; those load from the jar when used.
  # The training is a real start: this release's launcher on a terminal (script(1) gives it one, 80x24) with
  # its draft named, as a session is started, so the cache holds what that start loads, the launcher's terminal
  # hand-over and the lambdas of the real path included (a cache trained off-screen left them to be loaded and
  # spun before every first paint: bench/RESULTS.md, issue 16). -Dformdesk.firstPaintOnly ends the session
  # once its first screen is out.
  work="$(mktemp -d)"
  # A clean environment: the builder's own settings (NO_COLOR, FORMDESK_FORMS, a locale) are not a session's.
  if command -v script >/dev/null && env -i PATH="$PATH" HOME="$work" TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME="$work" \
    FORMDESK_JAVA_OPTS="-XX:AOTCacheOutput=$stage/lib/formdesk.aot -Dformdesk.firstPaintOnly=true -Xlog:aot=error -Xlog:cds=error" \
    timeout 300 script -qec "stty rows 24 cols 80 && exec '$stage/bin/formdesk' fill --draft '$work/training.yaml' --out '$work'" \
    /dev/null </dev/null >"$work/terminal.log" 2>&1 && [[ -s "$stage/lib/formdesk.aot" ]]; then
    :
  else
    echo "[release] warning: the fill could not be trained on a terminal (script(1), a pseudo-terminal); the cache" \
      "is trained off-screen instead, and a fill starts later. What the terminal showed:" >&2
    tail -c 2000 "$work/terminal.log" >&2 || true
    env -u JAVA_TOOL_OPTIONS "$stage/runtime/bin/java" -XX:AOTCacheOutput="$stage/lib/formdesk.aot" -Xlog:aot=error \
      -Xlog:cds=error "${train[@]}" -cp "$stage/lib/formdesk.jar" org.formdesk.cli.CdsTraining first-paint
  fi
  rm -rf "$work"
  rm -f "$stage/lib/formdesk.aot.config"
  [[ -s "$stage/lib/formdesk.aot" ]] || { echo "[release] the AOT cache was not made" >&2; exit 1; }
  # The other commands (lint, validate, score, export, …) get a cache of their own, trained on the bundled forms
  # and examples with the launcher's flags for them: the classes they need (the full form reader, Bean
  # Validation, the exports) would slow fill's start in fill's cache, and without a cache each such command
  # spends most of its time loading them.
  env -u JAVA_TOOL_OPTIONS "$stage/runtime/bin/java" -XX:AOTCacheOutput="$stage/lib/formdesk-cli.aot" -Xlog:aot=error \
    -Xlog:cds=error "${common[@]}" -Xms8m -Xmx512m -cp "$stage/lib/formdesk.jar:$stage/lib/formdesk-libs.jar" \
    org.formdesk.cli.CdsTraining commands \
    "$top"/forms/*.yaml -- "$top"/examples/*.yaml
  rm -f "$stage/lib/formdesk-cli.aot.config"
  [[ -s "$stage/lib/formdesk-cli.aot" ]] || { echo "[release] the commands' AOT cache was not made" >&2; exit 1; }
else
  say "class-data-sharing archive"
  "$stage/runtime/bin/java" -XX:ArchiveClassesAtExit="$stage/lib/formdesk.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    "${train[@]}" -cp "$stage/lib/formdesk.jar" org.formdesk.cli.CdsTraining
  [[ -s "$stage/lib/formdesk.jsa" ]] || { echo "[release] the CDS archive was not made" >&2; exit 1; }
fi

install -m 0755 "$top/dist/install.sh" "$stage/install.sh"
install -m 0644 "$top/dist/formdesk-serve.service" "$stage/systemd/formdesk-serve.service"
cp -p "$top/README.md" "$stage/README.md"
cp -pr "$top/forms" "$top/examples" "$stage/"
rm -f "$stage"/forms/*.bin
for f in "$top"/docs/*.md; do [[ -e "$f" ]] && cp -p "$f" "$stage/docs/"; done
cp -p "$docs"/man1/*.1 "$stage/man/man1/"
[[ -s "$stage/man/man1/formdesk.1" ]] || { echo "[release] no man page: the release-man step runs first" >&2; exit 1; }
install -m 0644 "$docs/formdesk.bash" "$stage/completion/formdesk.bash"
printf '%s\n' "$version" > "$stage/VERSION"

say "archive"
tar --owner=0 --group=0 --numeric-owner -C "$target/release" -cf - "$name" | gzip -9 > "$archive"
say "$archive: $(du -m "$archive" | cut -f1) MB (unpacked $(du -sm "$stage" | cut -f1) MB)"
