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
# shellcheck source=scripts/browser-env.sh
source "$ROOT/scripts/browser-env.sh"
cd "$ROOT"
cargo run --release --quiet -- build 2024 --pdf --quiet
cp scripts/browser-check.mjs "$OUT/node/"
node "$OUT/node/browser-check.mjs" out/2024/report.html "$OUT" "$PAGES"
echo "screenshots and print: $OUT/{desktop,phone}{,-full}.png, $OUT/print.pdf; lawrpt's: out/2024/report.pdf"
