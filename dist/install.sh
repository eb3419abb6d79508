#!/bin/bash
# Installs this formdesk release, or upgrades to it, from the unpacked archive:
#   as root:   /opt/formdesk/VERSION, /opt/formdesk/current -> VERSION, /usr/local/bin/formdesk,
#              man pages in /usr/local/share/man/man1, bash completion in /etc/bash_completion.d
#   otherwise: ~/.local/opt/formdesk/VERSION, ~/.local/bin/formdesk, ~/.local/share/man/man1,
#              ~/.local/share/bash-completion/completions
# An upgrade switches `current` in one rename and keeps the version before it (sessions still running it go
# on; `--rollback` switches back). Drafts and records are the users' own files: never touched here.
# Needs nothing but bash (4.2 is enough), coreutils and the bundled runtime: no Java on the host.
set -eu

usage() {
  cat <<'USAGE'
usage: ./install.sh [--prefix DIR] [--bin DIR] [--user] [--rollback | --uninstall]
  --prefix DIR  where versions are kept (default: /opt/formdesk as root, else ~/.local/opt/formdesk)
  --bin DIR     where the formdesk link goes (default: /usr/local/bin as root, else ~/.local/bin)
  --user        install for the current user only, even as root
  --rollback    make the version installed before the current one current again
  --uninstall   remove the links and every installed version (drafts and records are kept)
USAGE
}

die() { echo "install.sh: $*" >&2; exit 1; }

src="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
user_mode=0
[[ "$(id -u)" == 0 ]] || user_mode=1
prefix="" bindir="" action=install
while (($#)); do
  case "$1" in
    --prefix) [[ $# -ge 2 ]] || die "--prefix needs a folder"; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --bin) [[ $# -ge 2 ]] || die "--bin needs a folder"; bindir="$2"; shift 2 ;;
    --bin=*) bindir="${1#*=}"; shift ;;
    --user) user_mode=1; shift ;;
    --rollback) action=rollback; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

if ((user_mode)); then
  [[ -n "${HOME:-}" ]] || die "HOME is not set; give --prefix and --bin"
  data="${XDG_DATA_HOME:-$HOME/.local/share}"
  : "${prefix:=$HOME/.local/opt/formdesk}" "${bindir:=$HOME/.local/bin}"
  mandir="$data/man/man1"
  compdir="$data/bash-completion/completions"
else
  : "${prefix:=/opt/formdesk}" "${bindir:=/usr/local/bin}"
  mandir="/usr/local/share/man/man1"
  compdir="/etc/bash_completion.d"
fi

# The links to the current version, placed or removed together.
link_all() {
  local f
  mkdir -p "$bindir" "$mandir" "$compdir"
  ln -sfn "$prefix/current/bin/formdesk" "$bindir/formdesk"
  for f in "$prefix"/current/man/man1/*.1; do
    [[ -e "$f" ]] && ln -sfn "$prefix/current/man/man1/${f##*/}" "$mandir/${f##*/}"
  done
  ln -sfn "$prefix/current/completion/formdesk.bash" "$compdir/formdesk"
}
unlink_all() {
  local f
  for f in "$bindir/formdesk" "$compdir/formdesk" "$mandir"/formdesk*.1; do
    if [[ -L "$f" && "$(readlink "$f")" == "$prefix/current/"* ]]; then rm -f "$f"; fi
  done
}
# Points `current` at a version in one rename, so that no start ever sees a half-made link.
switch_to() {
  ln -sfn "$1" "$prefix/current.new"
  mv -Tf "$prefix/current.new" "$prefix/current"
}

case "$action" in
  uninstall)
    [[ -d "$prefix" ]] || die "nothing is installed in $prefix"
    unlink_all
    rm -rf "$prefix"
    echo "formdesk removed from $prefix (drafts and records, which are the users' own files, are kept)."
    exit 0 ;;
  rollback)
    [[ -f "$prefix/previous" ]] || die "no earlier version is recorded in $prefix"
    before="$(cat "$prefix/previous")"
    [[ -d "$prefix/$before" ]] || die "the earlier version $before is no longer in $prefix"
    now="$(readlink "$prefix/current")"
    switch_to "$before"
    printf '%s\n' "$now" > "$prefix/previous"
    link_all
    echo "formdesk $before is current again (was $now)."
    exit 0 ;;
esac

[[ -f "$src/VERSION" && -x "$src/bin/formdesk" && -d "$src/runtime" ]] \
  || die "run me from the unpacked release (VERSION, bin/formdesk and runtime/ beside me)"
version="$(cat "$src/VERSION")"
[[ "$version" =~ ^[A-Za-z0-9._+-]+$ ]] || die "VERSION holds an unexpected name: $version"

# The runtime must run here before anything changes (an old or foreign system: one sentence, nothing touched).
if ! out="$("$src/runtime/bin/java" -Xshare:auto -version 2>&1)"; then
  die "the bundled Java runtime does not run on this machine, nothing was installed: $(printf '%s' "$out" | head -n 1)"
fi

mkdir -p "$prefix"
dest="$prefix/$version"
old=""
[[ -L "$prefix/current" ]] && old="$(readlink "$prefix/current")"
if [[ "$src" != "$(cd -P "$dest" 2>/dev/null && pwd)" ]]; then
  rm -rf "$prefix/.incoming-$version"
  mkdir -p "$prefix/.incoming-$version"
  # -p keeps the times: the start-up cache is checked against the jar it was made with.
  (cd "$src" && tar -cf - .) | (cd "$prefix/.incoming-$version" && tar -xpf -)
  rm -rf "$dest"
  mv "$prefix/.incoming-$version" "$dest"
fi
switch_to "$version"
if [[ -n "$old" && "$old" != "$version" ]]; then
  printf '%s\n' "$old" > "$prefix/previous"
  # Keep the one before (for --rollback and for sessions still running it); older ones go.
  for d in "$prefix"/*/; do
    d="${d%/}"; d="${d##*/}"
    case "$d" in "$version"|"$old"|current) ;; *) [[ -f "$prefix/$d/VERSION" ]] && rm -rf "${prefix:?}/$d" ;; esac
  done
fi
link_all

if [[ -n "$old" && "$old" != "$version" ]]; then
  echo "formdesk upgraded from $old to $version in $prefix ($prefix/$old kept: ./install.sh --rollback goes back)."
else
  echo "formdesk $version installed in $dest."
fi
case ":${PATH:-}:" in
  *":$bindir:"*) ;;
  *) echo "Note: $bindir is not on your PATH; add it (e.g. in ~/.bashrc: export PATH=\"$bindir:\$PATH\")." ;;
esac
echo "Try: formdesk --help; man formdesk. A service over SSH: $prefix/current/systemd/formdesk-serve.service"
