#!/usr/bin/env bash
# serve-check.sh: `lawrpt serve` as a writer uses it, in a real browser. Copies the sample
# project into a folder of its own, starts `lawrpt serve 2024` there (in Chinese, on a free
# port), opens the page in headless Chromium, saves the report by rename ROUNDS times and
# asserts that the page reloaded by itself with the new text, then saves it broken and
# asserts the error overlay over the last good page (screenshots in target/browser-check/:
# serve-error.png, serve-error-phone.png, serve-folded.png, serve-fixed.png), saves it fixed,
# and stops the server with Ctrl-C (SIGINT), which must exit 0.
#
# Prints the time from save to reloaded page (measured by the browser), and the rebuild
# time of the year as lawrpt measured it in the terminal, median of the saves.
#
#   scripts/serve-check.sh                 # one save
#   ROUNDS=30 scripts/serve-check.sh       # what scripts/serve-bench.sh runs
#   LAWRPT_LANG=en scripts/serve-check.sh  # the overlay in English
#   SOURCE=DIR scripts/serve-check.sh      # another project (with reports/2024.yaml) than
#                                          # the sample, e.g. one of scripts/gen-reports.py's
#
# Installs what it needs when missing (as root): scripts/browser-env.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/target/browser-check"
ROUNDS=${ROUNDS:-1}
export LAWRPT_LANG=${LAWRPT_LANG:-zh-Hans}
# shellcheck source=scripts/browser-env.sh
source "$ROOT/scripts/browser-env.sh"
cd "$ROOT"
cargo build --release --quiet
PROJECT=$(mktemp -d)
LOG="$OUT/serve.log"
cleanup() { [[ -n "${SERVER:-}" ]] && kill "$SERVER" 2> /dev/null; rm -rf "$PROJECT"; }
trap cleanup EXIT
if [[ -n ${SOURCE:-} ]]; then
    cp -r "$SOURCE/." "$PROJECT/"
else
    mkdir -p "$PROJECT/reports"
    cp reports/2024.yaml "$PROJECT/reports/"
    cp lawrpt.toml "$PROJECT/"
fi
(cd "$PROJECT" && exec "$ROOT/target/release/lawrpt" serve 2024 --port 0 --color never) 2> "$LOG" &
SERVER=$!
URL=
for _ in $(seq 100); do
    URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/[^ ]*' "$LOG" | head -1) && [[ -n $URL ]] && break
    sleep 0.1
done
[[ -n $URL ]] || { echo "serve-check: lawrpt serve did not start:" >&2; cat "$LOG" >&2; exit 1; }
echo "serving $URL"
cp scripts/serve-check.mjs "$OUT/node/"
node "$OUT/node/serve-check.mjs" "$URL" "$PROJECT/reports/2024.yaml" "$OUT" "$ROUNDS"
kill -INT "$SERVER"
CODE=0
wait "$SERVER" || CODE=$?
SERVER=
[[ $CODE -eq 0 ]] || { echo "serve-check: Ctrl-C ended lawrpt serve with $CODE" >&2; cat "$LOG" >&2; exit 1; }
# What lawrpt said each rebuild took ("rebuilt 2024 in 12 ms", "已重新生成 2024，用时 12 毫秒").
grep -oE '(rebuilt 2024 in|已重新生成 2024，用时) [0-9]+' "$LOG" | grep -oE '[0-9]+$' | sort -n |
    awk '{ t[NR] = $1 } END { if (NR) printf "rebuild of 2024 (as lawrpt measured it): median %d ms, fastest %d ms, slowest %d ms over %d saves\n", t[int((NR + 1) / 2)], t[1], t[NR], NR }'
echo "terminal: $LOG; screenshots: $OUT/serve-{error,error-phone,folded,fixed}.png"
