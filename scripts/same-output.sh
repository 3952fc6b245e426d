#!/usr/bin/env bash
# same-output.sh: whether two lawrpt binaries write the same site, byte for byte, for the
# same generated reports: the check that a change made for speed changed nothing else.
#
#   scripts/same-output.sh OLD NEW          N=1000 reports of each kind
#   N=200 scripts/same-output.sh OLD NEW
#
# Generates N evolving and N unrelated reports (scripts/gen-reports.py), builds every
# project with each binary (`build --all`, into each its own copy), and compares the two
# trees with `diff -r`. The manifests are left out: their context hashes name the binary
# that wrote them. Prints one line per kind; exits 1 if any file differs (the first
# differences are printed), 2 on a failed build.
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: same-output.sh OLD NEW" >&2; exit 2; }
OLD=$(realpath "$1")
NEW=$(realpath "$2")
N=${N:-1000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for bin in "$OLD" "$NEW"; do
    [[ -x $bin ]] || { echo "same-output: no executable at $bin" >&2; exit 2; }
done
case $N in '' | *[!0-9]*) echo "same-output: N must be a number" >&2; exit 2 ;; esac

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lawrpt-same.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
status=0
for kind in evolving unrelated; do
    python3 "$ROOT/scripts/gen-reports.py" --out "$WORK/$kind" --reports "$N" --years "$kind" > /dev/null
    mapfile -t projects < <(cd "$WORK/$kind" && ls -d p*)
    args=()
    for p in "${projects[@]}"; do args+=(--project "$p"); done
    for side in old new; do
        cp -r "$WORK/$kind" "$WORK/$kind-$side"
        bin=$OLD
        [[ $side == new ]] && bin=$NEW
        (cd "$WORK/$kind-$side" && "$bin" build --all --quiet "${args[@]}") ||
            { echo "same-output: $side binary failed on the $kind reports" >&2; exit 2; }
    done
    files=$(find "$WORK/$kind-new" -path '*/out/*' -type f ! -name .lawrpt-manifest.json | wc -l)
    if diff -r -x .lawrpt-manifest.json "$WORK/$kind-old" "$WORK/$kind-new" > "$WORK/$kind.diff"; then
        echo "$kind: $files files, identical"
    else
        echo "$kind: files differ"
        head -n 20 "$WORK/$kind.diff"
        status=1
    fi
done
exit "$status"
