#!/usr/bin/env bash
# browser-check.sh: a real browser's view of the sample report. Builds it, opens
# out/2024/report.html in headless Chromium, saves screenshots at desktop (1280 px) and phone
# (390 px) widths and a print to PDF into target/browser-check/, and asserts: no console
# errors, the title and part headings present and visible, no sideways scrolling on the
# phone, the print A4 with the expected page count, and the same of lawrpt's own PDF
# (`build --pdf`, out/2024/report.pdf).
#
#   scripts/browser-check.sh            # the sample, expecting PAGES=8 printed pages
#   PAGES=9 scripts/browser-check.sh    # after the sample grows
#
# Installs what it needs when missing (as root): Debian's chromium, fonts-noto-cjk and fonts-arphic-ukai, and
# playwright-core (the driver only, no browser download) from the npm registry into
# target/browser-check/node/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/target/browser-check"
PAGES=${PAGES:-8}
mkdir -p "$OUT/node"
need() {
    command -v "$1" > /dev/null 2>&1 && return 0
    [[ $EUID -eq 0 ]] || { echo "browser-check: $1 is missing: install Debian's $2" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" > /dev/null
}
need chromium chromium
need node nodejs
need npm npm
if ! { fc-list | grep -qi "Noto.*CJK" && fc-list | grep -q "AR PL UKai"; } && [[ $EUID -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk fonts-arphic-ukai > /dev/null
fi
[[ -d "$OUT/node/node_modules/playwright-core" ]] ||
    npm install --prefix "$OUT/node" --silent --no-audit --no-fund playwright-core@1.64.1
cd "$ROOT"
cargo run --release --quiet -- build 2024 --pdf --quiet
cp scripts/browser-check.mjs "$OUT/node/"
node "$OUT/node/browser-check.mjs" out/2024/report.html "$OUT" "$PAGES"
echo "screenshots and print: $OUT/{desktop,phone}{,-full}.png, $OUT/print.pdf; lawrpt's: out/2024/report.pdf"
