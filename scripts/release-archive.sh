#!/usr/bin/env bash
# One release archive, as .github/workflows/release.yml makes it for each target:
#
#   scripts/release-archive.sh VERSION TARGET BINARY BUNDLE OUTDIR
#
# writes OUTDIR/lawrpt-VERSION-TARGET.tar.gz (.zip for a Windows target) holding one folder of
# that name: the binary (lawrpt or lawrpt.exe), README.md, README.zh-Hans.md, LICENSE and
# BUNDLE, the licence bundle cargo-about made (THIRD-PARTY.html). Templates and message
# catalogues are compiled into the binary, so nothing else is needed to run it.
#
# The same inputs give the same bytes: files in a fixed order, owned by 0:0, dated
# SOURCE_DATE_EPOCH (the release commit's time; now, if unset), gzip without a name or time.
# Needs GNU tar, gzip and zip (Debian's packages; ubuntu-latest has them).
set -euo pipefail

if [ $# -ne 5 ]; then
    echo "usage: $0 VERSION TARGET BINARY BUNDLE OUTDIR" >&2
    exit 2
fi
version=$1 target=$2 binary=$3 bundle=$4 outdir=$5
root="$(cd "$(dirname "$0")/.." && pwd)"
name="lawrpt-$version-$target"
epoch="${SOURCE_DATE_EPOCH:-$(date +%s)}"

case "$target" in
    *-windows-*) exe=lawrpt.exe ;;
    *) exe=lawrpt ;;
esac

mkdir -p "$outdir"
outdir="$(cd "$outdir" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

mkdir "$stage/$name"
install -m 0755 "$binary" "$stage/$name/$exe"
for doc in README.md README.zh-Hans.md LICENSE; do
    install -m 0644 "$root/$doc" "$stage/$name/$doc"
done
install -m 0644 "$bundle" "$stage/$name/THIRD-PARTY.html"
touch -h -d "@$epoch" "$stage/$name" "$stage/$name"/*

cd "$stage"
case "$target" in
    *-windows-*)
        archive="$outdir/$name.zip"
        rm -f "$archive"
        # -X: no extra attributes (uid, times beyond the DOS one); TZ=UTC: the DOS time is local.
        find "$name" -print | LC_ALL=C sort | TZ=UTC zip -q -X -@ "$archive"
        ;;
    *)
        archive="$outdir/$name.tar.gz"
        tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
            --format=gnu -cf - "$name" | gzip -n -9 > "$archive"
        ;;
esac
echo "$archive"
