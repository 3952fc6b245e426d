#!/usr/bin/env bash
# serve-bench.sh: how long a save takes to reach the page in `lawrpt serve`, measured in
# headless Chromium over ROUNDS saves of the sample (default 30): the time from the rename
# that saves the report to the reloaded page's load event, and the rebuild of the year as
# lawrpt measures it. README.md's "Live preview" quotes its numbers.
set -euo pipefail
ROUNDS=${ROUNDS:-30} exec "$(dirname "${BASH_SOURCE[0]}")/serve-check.sh"
