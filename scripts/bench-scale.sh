#!/usr/bin/env bash
# bench-scale.sh: how lawrpt's release binary scales from one report to thousands, and how it
# compares with pandoc rendering the same Markdown.
#
#   scripts/bench-scale.sh                 N=10000 reports (1000 projects); about 25 minutes,
#                                          most of it pandoc (see PANDOC_N)
#   N=1000 scripts/bench-scale.sh          a quick run
#   N=1000 KEEP=1 scripts/bench-scale.sh   keep the work folder (its path is printed)
#
# What it does:
#   0. `cargo build --release`, then copies target/release/lawrpt into the work folder so a
#      rebuild elsewhere cannot change the binary mid-run. Generates N synthetic reports with
#      scripts/gen-reports.py: one project folder per authority, ten years each
#      (WORK/projects/p0001/reports/2015.yaml … 2024.yaml), 1×–3× the sample's sections,
#      every report valid with no warnings. N must be a multiple of 10.
#   a. One report end to end, process start to files written:
#      `lawrpt build 2024 --project p0001 --out DIR`, with hyperfine (no shell; DIR removed
#      before every run so each run writes its files). Mean ± σ.
#   b. N reports in one process: `lawrpt build --all --quiet --project p0001 … --project pNNNN`
#      (each project's out/ removed before every run). Mean ± σ of RUNS runs.
#   c. The same command again with nothing changed (years skipped through the manifest).
#   d. Peak resident memory of a cold (b), with `/usr/bin/time -v`, for N = 1000, 5000 and
#      10000 (those up to N, and N itself), to show it stays flat as N grows.
#   e. pandoc rendering the same N `out/<year>/report.md` files that lawrpt wrote, to HTML
#      (`pandoc -f commonmark_x -t html`) and to plain text (`-t plain`): a sequential loop of
#      one pandoc process per file, which is how pandoc renders separate documents (one
#      invocation with many inputs would concatenate them into one document). Timed once
#      each with /usr/bin/time. Then the ratio lawrpt (b) / pandoc (HTML + plain): lawrpt also
#      checks every report and writes three files per report, pandoc two.
#   Finally a Markdown table of the results (machine, method, numbers) on standard output;
#   progress goes to standard error, so `scripts/bench-scale.sh > results.md` keeps the table.
#
# Environment:
#   N=10000        reports to generate (a multiple of 10)
#   RUNS=3         hyperfine runs for (b) and (c)
#   PANDOC_N=N     how many of the N Markdown files (e) renders; the ratio is then per report.
#                  pandoc costs about 65 ms a file and format on a 2-CPU machine, so N=10000
#                  spends some 20 minutes in pandoc alone.
#   SEED=1         generator seed (same seed, same reports)
#   LAWRPT=path    benchmark this binary instead of building target/release/lawrpt
#   KEEP=1         keep the work folder, under ${TMPDIR:-/tmp}
#
# Needs: cargo, python3, hyperfine, GNU time (/usr/bin/time), pandoc. Missing Debian packages
# (hyperfine, time, pandoc) are installed with apt-get when running as root.
#
# lawrpt's multi-project CLI (`--project` repeatable, `build --all`, `--quiet`) is required for
# (b)–(e); the script stops with a message when the binary lacks it.
set -euo pipefail

N=${N:-10000}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
KEEP=${KEEP:-0}
PANDOC_N=${PANDOC_N:-$N}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench-scale: %s\n' "$*" >&2; exit 1; }

case $N in '' | *[!0-9]*) die "N must be a number, not '$N'" ;; esac
((N >= 10 && N % 10 == 0)) || die "N must be a positive multiple of 10 (ten years per project), not $N"
case $PANDOC_N in '' | *[!0-9]*) die "PANDOC_N must be a number" ;; esac
((PANDOC_N >= 1 && PANDOC_N <= N)) || die "PANDOC_N must be between 1 and N"
case $RUNS in '' | *[!0-9]*) die "RUNS must be a number" ;; esac
((RUNS >= 2)) || die "RUNS must be at least 2 (a standard deviation needs two runs)"

# A missing tool from its Debian package, when we may install it.
need() {
    local tool=$1 package=$2
    command -v "$tool" > /dev/null 2>&1 && return 0
    if [[ $EUID -ne 0 ]] || ! command -v apt-get > /dev/null; then
        die "$tool is missing: install the Debian package '$package'"
    fi
    log "installing $package"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" > /dev/null; then
        apt-get update -qq > /dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" > /dev/null
    fi
    command -v "$tool" > /dev/null 2>&1 || die "$tool still missing after installing $package"
}
need python3 python3
need hyperfine hyperfine
need /usr/bin/time time
need pandoc pandoc

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lawrpt-bench.XXXXXX")
# Commands are handed to hyperfine as words (no shell): the path must have no blanks.
[[ $WORK != *[[:space:]]* ]] || { rm -rf "$WORK"; die "TMPDIR must not contain blanks: $WORK"; }
cleanup() {
    if [[ $KEEP == 1 ]]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

# --- 0. the binary and the reports --------------------------------------------------------

if [[ -z ${LAWRPT:-} ]]; then
    log "cargo build --release"
    (cd "$ROOT" && cargo build --release --quiet)
    LAWRPT=$ROOT/target/release/lawrpt
fi
[[ -x $LAWRPT ]] || die "no executable at $LAWRPT"
mkdir -p "$WORK/bin"
cp "$LAWRPT" "$WORK/bin/lawrpt"
BIN=$WORK/bin/lawrpt
help=$("$BIN" build --help 2>&1) || true
for flag in --all --quiet; do
    grep -q -e "$flag" <<< "$help" ||
        die "$LAWRPT has no \`build $flag\`: the multi-project CLI (repeatable --project, build --all, --quiet) has not landed in this binary"
done

PROJECTS=$((N / 10))
log "generating $N reports in $PROJECTS projects"
gen_start=$EPOCHREALTIME
gen_summary=$(python3 "$ROOT/scripts/gen-reports.py" --out "$WORK/projects" --reports "$N" --seed "$SEED")
gen_end=$EPOCHREALTIME
gen_secs=$(python3 -c "print(f'{$gen_end - $gen_start:.1f}')")
yaml_bytes=$(du -sb "$WORK/projects" | cut -f1)
log "$gen_summary in ${gen_secs} s"

cd "$WORK/projects"
# The --project arguments for the first $1 projects.
project_args() {
    local k
    for ((k = 1; k <= $1; k++)); do printf -- '--project p%04d ' "$k"; done
}
# Removes every project's out/ (outputs and manifest): the next build is cold.
cat > "$WORK/clean.sh" << EOF
#!/usr/bin/env bash
find "$WORK/projects" -mindepth 2 -maxdepth 2 -name out -type d -exec rm -rf {} +
EOF
chmod +x "$WORK/clean.sh"

# "mean ± σ" (and more) from a hyperfine JSON export: $1 file, $2 what to print.
hf() {
    python3 - "$1" "$2" << 'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
def t(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"
what = sys.argv[2]
if what == "mean":
    print(r["mean"])
elif what == "pm":
    print(f"{t(r['mean'])} ± {t(r['stddev'])}")
elif what == "cpu":
    print(f"user {t(r['user'])}, sys {t(r['system'])}")
elif what == "runs":
    print(len(r["times"]))
EOF
}
fmt_secs() {
    python3 -c "import sys; s = float(sys.argv[1]); print(f'{s * 1e6:.0f} µs' if s < 1e-3 else f'{s * 1e3:.1f} ms' if s < 1 else f'{s:.2f} s')" "$1"
}
div() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.{sys.argv[3]}f}')" "$@"; }

# --- a. one report ------------------------------------------------------------------------

log "(a) one report: build 2024 --project p0001"
one_cmd="$BIN build 2024 --project $WORK/projects/p0001 --out $WORK/one"
hyperfine -N --style basic --warmup 3 --min-runs 20 \
    --prepare "rm -rf $WORK/one" \
    --export-json "$WORK/a.json" "$one_cmd" > "$WORK/a.log"
[[ -f $WORK/one/2024/report.html ]] || die "(a) wrote no $WORK/one/2024/report.html"
a_pm=$(hf "$WORK/a.json" pm)
a_runs=$(hf "$WORK/a.json" runs)
rm -rf "$WORK/one"
# shellcheck disable=SC2086 # one_cmd is words by design
/usr/bin/time -v $one_cmd 2> "$WORK/a.time" > /dev/null
a_rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/a.time")

# --- b. N reports in one run, c. again with nothing changed -------------------------------

all_cmd="$BIN build --all --quiet $(project_args "$PROJECTS")"
log "(b) $N reports in one run, $RUNS runs"
hyperfine -N --style basic --runs "$RUNS" --prepare "$WORK/clean.sh" \
    --export-json "$WORK/b.json" "$all_cmd" > "$WORK/b.log"
built=$(find "$WORK/projects" -path '*/out/*/report.md' | wc -l)
((built == N)) || die "(b) wrote $built report.md files, expected $N"
b_mean=$(hf "$WORK/b.json" mean)
b_pm=$(hf "$WORK/b.json" pm)
b_cpu=$(hf "$WORK/b.json" cpu)
b_per=$(fmt_secs "$(div "$b_mean" "$N" 6)")

log "(c) no-change rebuild of $N reports, $RUNS runs"
hyperfine -N --style basic --warmup 1 --runs "$RUNS" \
    --export-json "$WORK/c.json" "$all_cmd" > "$WORK/c.log"
c_mean=$(hf "$WORK/c.json" mean)
c_pm=$(hf "$WORK/c.json" pm)
c_per=$(fmt_secs "$(div "$c_mean" "$N" 6)")

# --- d. peak memory -----------------------------------------------------------------------

sizes=()
for n in 1000 5000 10000; do ((n < N)) && sizes+=("$n"); done
sizes+=("$N")
d_rows=""
for n in "${sizes[@]}"; do
    log "(d) peak memory of a cold build of $n reports"
    "$WORK/clean.sh"
    # shellcheck disable=SC2046 # project_args is words by design
    /usr/bin/time -v "$BIN" build --all --quiet $(project_args $((n / 10))) \
        2> "$WORK/d-$n.time" > /dev/null || die "(d) build of $n reports failed: see $WORK/d-$n.time"
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/d-$n.time")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/d-$n.time")
    d_rows+="| (d) peak memory, cold build | \`/usr/bin/time -v\`, maximum resident set size | $n | $((rss / 1024)) MiB ($rss KiB), wall $wall |"$'\n'
done
# The last size was N: every report.md is there again for pandoc.

# --- e. pandoc over the same Markdown ------------------------------------------------------

find "$WORK/projects" -path '*/out/*/report.md' | sort > "$WORK/md-all"
head -n "$PANDOC_N" "$WORK/md-all" > "$WORK/md-files"
mkdir -p "$WORK/pandoc"
cat > "$WORK/pandoc.sh" << 'EOF'
#!/usr/bin/env bash
# $1 pandoc's output format, $2 file extension, $3 list of inputs, $4 output folder.
set -euo pipefail
i=0
while IFS= read -r md; do
    i=$((i + 1))
    pandoc -f commonmark_x -t "$1" -o "$4/$i.$2" "$md"
done < "$3"
EOF
chmod +x "$WORK/pandoc.sh"
declare -A e_wall e_cpu
for to in html plain; do
    log "(e) pandoc -t $to over $PANDOC_N files"
    /usr/bin/time -f '%e %U %S' -o "$WORK/e-$to.time" \
        "$WORK/pandoc.sh" "$to" "$to" "$WORK/md-files" "$WORK/pandoc"
    read -r wall user sys < "$WORK/e-$to.time"
    e_wall[$to]=$wall
    e_cpu[$to]=$(python3 -c "print($user + $sys)")
done
pandoc_per=$(python3 -c "print((${e_wall[html]} + ${e_wall[plain]}) / $PANDOC_N)")
pandoc_cpu_per=$(python3 -c "print((${e_cpu[html]} + ${e_cpu[plain]}) / $PANDOC_N)")
b_cpu_per=$(python3 - "$WORK/b.json" "$N" << 'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print((r["user"] + r["system"]) / int(sys.argv[2]))
EOF
)
ratio_wall=$(div "$(div "$b_mean" "$N" 9)" "$pandoc_per" 4)
ratio_cpu=$(div "$b_cpu_per" "$pandoc_cpu_per" 4)
speedup=$(div "$pandoc_per" "$(div "$b_mean" "$N" 9)" 0)

# --- the table -----------------------------------------------------------------------------

model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
cat << EOF

## lawrpt at scale

- machine: $(nproc) CPUs (\`nproc\`), ${model:-unknown model}, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) memory, $(uname -sr)
- tools: $("$BIN" --version), $(pandoc --version | head -n 1), $(hyperfine --version)
- reports: $N generated by \`scripts/gen-reports.py --seed $SEED\` in $PROJECTS projects (2015–2024 each), 1×–3× the sample's sections, $((yaml_bytes / 1048576)) MiB of YAML; generated in $gen_secs s

| step | method | reports | result |
|---|---|---:|---|
| (a) one report, process start to files written | hyperfine, no shell, 3 warm-ups, $a_runs runs, output folder removed before each | 1 | $a_pm; peak RSS $((a_rss / 1024)) MiB |
| (b) \`build --all --quiet\` over $PROJECTS projects | hyperfine, no shell, $RUNS runs, every out/ removed before each | $N | $b_pm ($b_per a report; $b_cpu) |
| (c) the same, nothing changed | hyperfine, no shell, 1 warm-up, $RUNS runs | $N | $c_pm ($c_per a report) |
${d_rows}| (e) pandoc → HTML | sequential loop, one \`pandoc -f commonmark_x -t html\` process per report.md, timed once | $PANDOC_N | $(fmt_secs "${e_wall[html]}") ($(fmt_secs "$(div "${e_wall[html]}" "$PANDOC_N" 6)") a report) |
| (e) pandoc → plain text | the same with \`-t plain\` | $PANDOC_N | $(fmt_secs "${e_wall[plain]}") ($(fmt_secs "$(div "${e_wall[plain]}" "$PANDOC_N" 6)") a report) |
| lawrpt ÷ pandoc, wall time a report | (b) ÷ (e HTML + e plain) | | $ratio_wall (lawrpt about ${speedup}× faster) |
| lawrpt ÷ pandoc, CPU time a report | user+sys of (b) ÷ user+sys of (e) | | $ratio_cpu |

lawrpt checks each report and writes three files (md, html, txt) and a site index per project;
pandoc only converts Markdown it is given into two. pandoc runs as one process per document,
sequentially; \`lawrpt build --all\` is one process for all N and may use every CPU.
EOF
