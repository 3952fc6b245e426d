#!/usr/bin/env python3
"""Where a lawrpt run's CPU time goes, by stage, from a perf profile with call stacks.

    perf record -e cpu-clock -F 2000 --call-graph fp -o perf.data lawrpt build --all …
    perf script -i perf.data -F ip,sym | scripts/perf-stages.py [--top N]

lawrpt must be built with frame pointers for the stacks to be whole:
    RUSTFLAGS="-C force-frame-pointers=yes" CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \\
        cargo build --release --target-dir target/prof

Each sample is put in the stage of the innermost lawrpt function on its stack that names one
(a template rendered inside the view's stage counts as templates, the YAML parser inside
loading as loading). Kernel samples (system calls, page faults) count in their stage too, and
are also totalled on their own. Prints a Markdown table: stage, share of the samples, and the
share of those that were in the kernel. With --top N, also the N functions with the most
samples of their own. Standard library only.
"""

import argparse
import collections
import sys

# (stage, substrings of a frame's symbol), the most specific first: the first stage one of
# whose substrings is in the innermost frame that matches any, wins.
STAGES = [
    ("comparison page (HTML)", ["lawrpt::diff::render::"]),
    ("comparison: figures", ["lawrpt::diff::table::", "lawrpt::diff::figures::"]),
    ("comparison: structure and prose", ["lawrpt::diff::"]),
    ("templates (tera, Markdown)", ["tera::", "lawrpt::report::markdown::", "lawrpt::render::Templates"]),
    ("view", ["lawrpt::render::view::", "lawrpt::render::variant::"]),
    ("YAML and the model", ["lawrpt::load::", "serde_saphyr::", "granit_parser::"]),
    ("checks", ["lawrpt::check::"]),
    ("writing files", ["lawrpt::site::write::", "tempfile::"]),
    ("reading reports", ["lawrpt::load::project::"]),
    ("manifest, index, hashes", ["lawrpt::site::manifest::", "lawrpt::site::index::", "blake3::"]),
    ("command line, messages", ["lawrpt::cli::", "clap_builder::", "fluent_", "lawrpt::i18n::"]),
]


def stage_of(stack):
    """The stage of a sample whose frames are `stack`, innermost first."""
    for frame in stack:
        for stage, marks in STAGES:
            if any(mark in frame for mark in marks):
                return stage
    return "other (start-up, threads, the site's loop)"


def samples(lines):
    """Each sample of `perf script -F ip,sym` as its frames' symbols, innermost first."""
    stack = []
    for line in lines:
        line = line.strip()
        if not line:
            if stack:
                yield stack
            stack = []
            continue
        parts = line.split(None, 1)
        stack.append(parts[1] if len(parts) > 1 else parts[0])
    if stack:
        yield stack


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=0, help="also list the N hottest functions")
    args = parser.parse_args()
    by_stage = collections.Counter()
    kernel = collections.Counter()
    own = collections.Counter()
    total = 0
    for stack in samples(sys.stdin):
        total += 1
        stage = stage_of(stack)
        by_stage[stage] += 1
        # perf marks kernel frames' symbols as such only by address; their names are the
        # kernel's, none of them ours: a leaf that is not a user-space symbol we know.
        leaf = stack[0]
        if leaf.startswith(("[unknown]",)) or "_x64_sys_" in " ".join(stack[:12]) or any(
            f.startswith(("asm_exc_page_fault", "entry_SYSCALL")) for f in stack
        ):
            kernel[stage] += 1
        own[leaf] += 1
    if total == 0:
        sys.exit("perf-stages: no samples on standard input")
    print(f"| stage | share of {total} samples | of which in the kernel |")
    print("|---|---:|---:|")
    for stage, n in by_stage.most_common():
        print(f"| {stage} | {100 * n / total:.1f}% | {100 * kernel[stage] / total:.1f}% |")
    print(f"| **all** | 100% | {100 * sum(kernel.values()) / total:.1f}% |")
    if args.top:
        print()
        print("| function (own samples) | share |")
        print("|---|---:|")
        for name, n in own.most_common(args.top):
            print(f"| `{name[:90]}` | {100 * n / total:.1f}% |")


if __name__ == "__main__":
    main()
