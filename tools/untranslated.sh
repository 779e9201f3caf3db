#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# Lists the entries of the Simplified Chinese translation that still need a translator, one per line:
#   CONTEXT<TAB>SOURCE      (a newline inside SOURCE is shown as \n)
# and exits 1 when there is any, 0 when the file is complete (what tests/desktop/tst_translations checks).
#   tools/untranslated.sh                        the committed translations/alliance-timeline_zh_CN.ts
#   tools/untranslated.sh --update build/dev     first refresh the file from the sources (the
#                                                update_translations target of that configured build dir)
#   tools/untranslated.sh path/to/other.ts
# An entry needs work when lupdate marked it unfinished (new, or changed in the sources) or its translation
# is empty. Entries the "same-text heuristic" pre-filled are unfinished too: check them, then remove
# type="unfinished".
# Perl rather than Python: perl-base is part of every Debian system.
set -euo pipefail
cd "$(dirname "$0")/.."

ts=translations/alliance-timeline_zh_CN.ts
while (($#)); do
  case "$1" in
    --update)
      [ -n "${2:-}" ] || { echo "usage: $0 [--update BUILD_DIR] [TS_FILE]" >&2; exit 2; }
      cmake --build "$2" --target update_translations >&2
      shift 2
      ;;
    -h | --help)
      sed -n '2,11s/^# \{0,1\}//p' "$0"
      exit 0
      ;;
    *)
      ts=$1
      shift
      ;;
  esac
done
[ -r "$ts" ] || { echo "$ts: cannot be read" >&2; exit 2; }

TS=$ts perl -0777 -ne '
  sub unescape { my $s = shift; $s =~ s/&lt;/</g; $s =~ s/&gt;/>/g; $s =~ s/&quot;/"/g; $s =~ s/&apos;/'"'"'/g;
                 $s =~ s/&amp;/&/g; $s =~ s/\n/\\n/g; return $s; }
  $| = 1;
  my $count = 0;
  while (/<context>\s*<name>(.*?)<\/name>(.*?)<\/context>/gs) {
    my ($context, $body) = ($1, $2);
    while ($body =~ /<message\b[^>]*>(.*?)<\/message>/gs) {
      my $m = $1;
      my ($source) = $m =~ /<source>(.*?)<\/source>/s;
      my ($attrs, $translation) = $m =~ /<translation\b([^>]*?)(?:\/>|>(.*?)<\/translation>)/s;
      $translation //= "";
      next if $attrs =~ /type="(?:vanished|obsolete)"/;
      my $empty = $translation =~ /<numerusform>/ ? $translation =~ /<numerusform>\s*<\/numerusform>|<numerusform\/>/
                                                 : $translation =~ /^\s*$/;
      if ($attrs =~ /type="unfinished"/ || $empty) {
        print unescape($context), "\t", unescape($source), "\n";
        $count++;
      }
    }
  }
  print STDERR "$count unfinished in $ENV{TS}\n" if $count;
  exit($count ? 1 : 0);
' "$ts"
