#!/usr/bin/env bash
# bench-scale.sh: lawrpt's release binary from one report to ten thousand, beside the process
# floor (`cp -r` of the report folder) and pandoc rendering the same Markdown.
#
#   scripts/bench-scale.sh                 N=10000 reports (1000 projects), about 13 minutes
#   N=1000 scripts/bench-scale.sh          a quick run
#   KEEP=1 scripts/bench-scale.sh          keep the work folder (its path is printed)
#
# What it measures, in one run, and prints as one Markdown table on standard output
# (progress goes to standard error: `scripts/bench-scale.sh > results.md` keeps the table):
#
#   0. `cargo build --release`, the binary copied into the work folder so that a rebuild
#      elsewhere cannot change it mid-run. scripts/gen-reports.py writes N reports twice, one
#      project per authority, ten years each (WORK/<mode>/p0001/reports/2015.yaml … 2024.yaml):
#      `evolving`, each year the year before with a third of its sentences reworded and most
#      figures new, as real reports are; and `unrelated`, each year drawn afresh, which is the
#      comparison pages' worst case (every sentence a candidate for every other).
#   a. One report, process start to files written, against the floor: hyperfine -N (no shell)
#      runs `cp -r reports DIR`, `lawrpt check 2024` and `lawrpt build 2024 --out DIR` side by
#      side in one run, DIR moved aside before each; for the sample (this repository, one
#      report) and for a generated project of ten years (p0001, whose 2024 has a 2023 to be
#      compared with). The ratios to cp are what README's targets are stated in (≤ 1.5× for
#      build, ≤ 1.2× for check).
#   b. N reports cold, `lawrpt build --all --quiet --project p0001 … --project pNNNN`, RUNS
#      runs of each mode: wall, user and system time (mean ± σ).
#   c. The same command again with nothing changed (every year skipped through the manifest).
#   d. Growth in N, evolving reports: one cold build each of 1000, 2000, 5000 and N reports
#      (those up to N) under `/usr/bin/time -v`: wall, user, system time and peak memory, and
#      system time per report; then `strace -f -c` of the 1000-report build: system calls per
#      file written.
#   e. pandoc over the Markdown lawrpt wrote (`-f commonmark_x`, `-t html` and `-t plain`, one
#      process per file, as pandoc renders separate documents), PANDOC_N files, and the ratio
#      per report.
#   f. The N-report build again right after an `rm -rf` of every out/ (see "Cold" below).
#
# Cold means no out/ folder: before each cold run every project's out/ is *moved* into a
# trash folder, deleted only once every run is done; `sync` writes the last run's pages to
# disk so that the kernel does not write them back during the next, and (as root) the page
# cache is dropped and the reports read back: without it, system time grew run by run as
# the cache filled (2.4 s to 4.8 s over ten runs of the same build). Deleting 40,000 files right before a
# build would time the file system instead: ext4 without a journal (this project's machines)
# passes over the inodes freed in the last 30 s for each file it creates (`recently_deleted`
# in fs/ext4/ialloc.c), so the system time of a build right after an `rm -rf` grows faster
# than N (measured: 0.18 s more at 1,000 reports, 3.8 s more at 10,000). (f) shows that
# cost: the N-report build right after an `rm -rf` of the one before's outputs.
#
# Environment:
#   N=10000        reports per mode (a multiple of 10, at least 1000)
#   RUNS=3         hyperfine runs for (b) and (c)
#   PANDOC_N=500   how many report.md files (e) renders (pandoc takes some 60 ms a file)
#   SEED=1         generator seed (same seed, same reports)
#   LAWRPT=path    benchmark this binary instead of building target/release/lawrpt
#   KEEP=1         keep the work folder, under ${TMPDIR:-/tmp}
#
# Needs: cargo, python3, hyperfine, GNU time (/usr/bin/time), strace, pandoc. Missing Debian
# packages are installed with apt-get when running as root.
set -euo pipefail

N=${N:-10000}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
KEEP=${KEEP:-0}
PANDOC_N=${PANDOC_N:-500}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench-scale: %s\n' "$*" >&2; exit 1; }

case $N in '' | *[!0-9]*) die "N must be a number, not '$N'" ;; esac
((N >= 1000 && N % 10 == 0)) || die "N must be a multiple of 10 (ten years per project) and at least 1000, not $N"
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
need strace strace
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
mkdir -p "$WORK/bin" "$WORK/trash"
cp "$LAWRPT" "$WORK/bin/lawrpt"
BIN=$WORK/bin/lawrpt

PROJECTS=$((N / 10))
declare -A yaml_mib
for mode in evolving unrelated; do
    log "generating $N $mode reports in $PROJECTS projects"
    python3 "$ROOT/scripts/gen-reports.py" --out "$WORK/$mode" --reports "$N" --seed "$SEED" \
        --years "$mode" > /dev/null
    yaml_mib[$mode]=$(du -sb "$WORK/$mode" | awk '{printf "%.0f", $1 / 1048576}')
done

# The --project arguments for the first $1 projects.
project_args() {
    local k
    for ((k = 1; k <= $1; k++)); do printf -- '--project p%04d ' "$k"; done
}
# Moves every project's out/ of the folder given into the trash: the next build is cold.
cat > "$WORK/cold.sh" << EOF
#!/usr/bin/env bash
set -e
trash=\$(mktemp -d "$WORK/trash/XXXXXX")
cd "\$1"
for out in p*/out; do
    [[ -d \$out ]] && mv "\$out" "\$trash/\${out%/out}"
done
# The last run's pages written to disk now, not by the kernel during the next run; as root,
# the page cache emptied (each run then starts from the same memory, not one fuller of the
# last runs' pages) and the reports read back into it: outputs cold, inputs warm.
sync
if [[ \$EUID -eq 0 ]]; then
    echo 1 > /proc/sys/vm/drop_caches
    cat p*/reports/*.yaml > /dev/null
fi
EOF
chmod +x "$WORK/cold.sh"

# From a hyperfine JSON export ($1), result $2 (0-based), what $3 asks.
hf() {
    python3 - "$@" << 'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]
def t(s):
    return f"{s * 1000:.2f} ms" if s < 0.01 else f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"
what = sys.argv[3]
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
    python3 -c "import sys; s = float(sys.argv[1]); print(f'{s * 1e6:.0f} µs' if s < 1e-3 else f'{s * 1e3:.2f} ms' if s < 0.01 else f'{s * 1e3:.1f} ms' if s < 1 else f'{s:.2f} s')" "$1"
}
div() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.{sys.argv[3]}f}')" "$@"; }
# "m:ss.cc" or "h:mm:ss" (GNU time's wall clock) in seconds.
wall_secs() { python3 -c "import sys; print(sum(float(p) * 60 ** i for i, p in enumerate(reversed(sys.argv[1].split(':')))))" "$1"; }
# A field of a `/usr/bin/time -v` report.
tv() { awk -F': ' -v key="$2" '$1 ~ key {print $2}' "$1"; }

rows=""
row() { rows+="| $1 | $2 | $3 | $4 |"$'\n'; }

# --- a. one report against the floor -----------------------------------------------------

# Before each run the output of the last is moved aside, not deleted (see "Cold" above).
cat > "$WORK/aside.sh" << EOF
#!/usr/bin/env bash
[[ -e $WORK/one ]] && mv "$WORK/one" "\$(mktemp -d "$WORK/trash/XXXXXX")/one"
sync
EOF
chmod +x "$WORK/aside.sh"
# One report of project $2 (named $1 in the table), against cp -r of its reports/ ($3 says
# what that copies, $4 what the build writes).
one_report() {
    local name=$1 project=$2 json=$WORK/a-$1.json
    log "(a) one report, $name: cp -r reports, check 2024, build 2024 (hyperfine, side by side)"
    hyperfine -N --style basic --warmup 5 --min-runs 50 \
        --prepare "$WORK/aside.sh" \
        --export-json "$json" \
        "cp -r $project/reports $WORK/one" \
        "$BIN check 2024 --project $project" \
        "$BIN build 2024 --project $project --out $WORK/one" > "$WORK/a-$name.log" 2>&1
    [[ -f $WORK/one/2024/report.html ]] || die "(a) wrote no $WORK/one/2024/report.html"
    local floor
    floor=$(hf "$json" 0 mean)
    row "(a) $name: floor, \`cp -r reports\` ($3)" "hyperfine -N, 5 warm-ups, $(hf "$json" 0 runs) runs, side by side with the two below" 1 "$(hf "$json" 0 pm)"
    row "(a) $name: \`check 2024\`" "the same run" 1 "$(hf "$json" 1 pm) = **$(div "$(hf "$json" 1 mean)" "$floor" 2)× the floor**"
    row "(a) $name: \`build 2024\` ($4)" "the same run" 1 "$(hf "$json" 2 pm) = **$(div "$(hf "$json" 2 mean)" "$floor" 2)× the floor**"
}
one_report sample "$ROOT" "one file" "its three pages and the index"
one_report generated "$WORK/evolving/p0001" "ten years" "its pages, the 2023–2024 comparison page, the index"

# --- b. N reports cold, c. nothing changed -------------------------------------------------

all_cmd="$BIN build --all --quiet $(project_args "$PROJECTS")"
declare -A b_mean
for mode in evolving unrelated; do
    log "(b) $N $mode reports cold, $RUNS runs"
    (cd "$WORK/$mode" && hyperfine -N --style basic --runs "$RUNS" \
        --prepare "$WORK/cold.sh $WORK/$mode" \
        --export-json "$WORK/b-$mode.json" "$all_cmd" > "$WORK/b-$mode.log" 2>&1)
    built=$(find "$WORK/$mode" -path '*/out/*/report.md' | wc -l)
    ((built == N)) || die "(b) $mode wrote $built report.md files, expected $N"
    pages=$(find "$WORK/$mode" -path '*/out/diff/*.html' | wc -l)
    b_mean[$mode]=$(hf "$WORK/b-$mode.json" 0 mean)
    row "(b) cold \`build --all\`, $mode years" "hyperfine -N, $RUNS runs, every out/ moved away before each; $pages comparison pages" "$N" "**$(hf "$WORK/b-$mode.json" 0 pm)** ($(hf "$WORK/b-$mode.json" 0 cpu))"
done
log "(c) $N reports, nothing changed, $RUNS runs"
(cd "$WORK/evolving" && hyperfine -N --style basic --warmup 1 --runs "$RUNS" \
    --export-json "$WORK/c.json" "$all_cmd" > "$WORK/c.log" 2>&1)
row "(c) the same again, nothing changed" "hyperfine -N, 1 warm-up, $RUNS runs" "$N" "$(hf "$WORK/c.json" 0 pm)"

# --- d. growth in N ------------------------------------------------------------------------

sizes=()
for n in 1000 2000 5000; do ((n < N)) && sizes+=("$n"); done
sizes+=("$N")
for n in "${sizes[@]}"; do
    log "(d) cold build of $n evolving reports under /usr/bin/time -v"
    "$WORK/cold.sh" "$WORK/evolving"
    # shellcheck disable=SC2046 # project_args is words by design
    (cd "$WORK/evolving" && /usr/bin/time -v "$BIN" build --all --quiet $(project_args $((n / 10))) \
        2> "$WORK/d-$n.time" > /dev/null) || die "(d) build of $n reports failed: see $WORK/d-$n.time"
    rss=$(tv "$WORK/d-$n.time" "Maximum resident set size")
    wall=$(wall_secs "$(tv "$WORK/d-$n.time" "Elapsed \\(wall clock\\)")")
    user=$(tv "$WORK/d-$n.time" "User time")
    sys=$(tv "$WORK/d-$n.time" "System time")
    row "(d) growth: cold build" "\`/usr/bin/time -v\`, one run" "$n" "wall $(fmt_secs "$wall"), user $(fmt_secs "$user"), sys $(fmt_secs "$sys") ($(fmt_secs "$(div "$sys" "$n" 9)") a report); peak memory $((rss / 1024)) MiB"
done
log "(d) system calls of a cold build of 1000 reports (strace -f -c)"
"$WORK/cold.sh" "$WORK/evolving"
# shellcheck disable=SC2046 # project_args is words by design
(cd "$WORK/evolving" && strace -f -c -o "$WORK/strace.txt" "$BIN" build --all --quiet $(project_args 100) > /dev/null 2>&1)
files=$(find "$WORK/evolving" -path '*/out/*' -type f | wc -l)
# strace -c's columns: % time, seconds, usecs/call, calls, [errors,] syscall.
calls=$(awk '$NF == "total" {print $4}' "$WORK/strace.txt")
failed=$(awk '$NF == "total" {print (NF == 6) ? $5 : 0}' "$WORK/strace.txt")
per_call() { awk -v name="$1" 'BEGIN {n = 0} $NF == name {n = $4} END {print n}' "$WORK/strace.txt"; }
row "(d) system calls, cold build" "\`strace -f -c\`; $files files written" 1000 "$calls calls ($failed failed), $(div "$calls" "$files" 1) a file written: openat $(per_call openat), write $(per_call write), rename $(per_call renameat), mkdir $(per_call mkdir), statx $(per_call statx), readlink $(per_call readlink), getcwd $(per_call getcwd)"

# --- e. pandoc over the same Markdown ------------------------------------------------------

"$WORK/cold.sh" "$WORK/evolving"
# shellcheck disable=SC2046 # project_args is words by design
(cd "$WORK/evolving" && "$BIN" build --all --quiet $(project_args "$PROJECTS") > /dev/null)
# Listed whole, then cut: `head` closing a pipe early would fail the pipeline (pipefail).
find "$WORK/evolving" -path '*/out/*/report.md' | sort > "$WORK/md-all"
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
declare -A e_wall
for to in html plain; do
    log "(e) pandoc -t $to over $PANDOC_N files"
    /usr/bin/time -f '%e' -o "$WORK/e-$to.time" "$WORK/pandoc.sh" "$to" "$to" "$WORK/md-files" "$WORK/pandoc"
    e_wall[$to]=$(cat "$WORK/e-$to.time")
    row "(e) pandoc → $to" "one \`pandoc -f commonmark_x -t $to\` process per report.md, in turn, timed once" "$PANDOC_N" "$(fmt_secs "${e_wall[$to]}") ($(fmt_secs "$(div "${e_wall[$to]}" "$PANDOC_N" 9)") a report)"
done
pandoc_per=$(python3 -c "print((${e_wall[html]} + ${e_wall[plain]}) / $PANDOC_N)")
lawrpt_per=$(div "${b_mean[evolving]}" "$N" 9)
row "lawrpt ÷ pandoc, wall time a report" "(b, evolving) ÷ (e html + e plain)" "" "$(div "$lawrpt_per" "$pandoc_per" 4) (lawrpt $(div "$pandoc_per" "$lawrpt_per" 0)× faster)"

# --- f. the same build after an rm -rf --------------------------------------------------

log "(f) the $N-report build right after an rm -rf of its outputs"
find "$WORK/evolving" -mindepth 2 -maxdepth 2 -name out -type d -exec rm -rf {} +
# shellcheck disable=SC2046 # project_args is words by design
(cd "$WORK/evolving" && /usr/bin/time -v "$BIN" build --all --quiet $(project_args "$PROJECTS") 2> "$WORK/f.time" > /dev/null) ||
    die "(f) the build failed: see $WORK/f.time"
row "(f) cold build right after \`rm -rf\` of every out/" "\`/usr/bin/time -v\`, one run (against (d) at $N: see the note on ext4 below)" "$N" "wall $(fmt_secs "$(wall_secs "$(tv "$WORK/f.time" "Elapsed \\(wall clock\\)")")"), user $(fmt_secs "$(tv "$WORK/f.time" "User time")"), sys $(fmt_secs "$(tv "$WORK/f.time" "System time")")"

# --- the table -----------------------------------------------------------------------------

model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
cat << EOF

## lawrpt at scale

- machine: $(nproc) CPUs (\`nproc\`), ${model:-unknown model}, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) memory, $(uname -sr); output on $(df -T "$WORK" | awk 'NR == 2 {print $2}')
- tools: $("$BIN" --version), $(pandoc --version | head -n 1), $(hyperfine --version)
- reports: $N a mode from \`scripts/gen-reports.py --seed $SEED\`, $PROJECTS projects of ten years (2015–2024), 1×–3× the sample's sections, a fifth in Traditional characters; ${yaml_mib[evolving]} MiB of YAML evolving, ${yaml_mib[unrelated]} MiB unrelated

| step | method | reports | result |
|---|---|---:|---|
${rows}
A cold build checks every report, writes its three pages, compares each pair of consecutive
years into a comparison page (N − N/10 of them) and writes an index per project. pandoc only
converts the Markdown it is given, one process per document. Cold builds start with every
out/ moved aside, not deleted: on ext4 without a journal a file created within 30 s of a mass
delete costs a pass over the inodes just freed, which is what (f) shows.
EOF
