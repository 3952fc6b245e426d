#!/usr/bin/env python3
"""ShellCheck over every `run:` script of the given workflow (or action) files, as actionlint
does: each script written out as bash, with each ${{ … }} replaced by a placeholder of the same
length, and ShellCheck's findings reported at the workflow's own file and line (the column is the
script's).

    python3 scripts/workflow-shellcheck.py .github/workflows/*.yml

Exit 1 when ShellCheck finds anything, 2 when a file does not parse. Needs ruamel.yaml (a
dependency of check-jsonschema, which .ci/run installs beside it) and shellcheck on PATH.
"""

import json
import re
import subprocess
import sys
import tempfile

from ruamel.yaml import YAML

EXPRESSION = re.compile(r"\$\{\{.*?\}\}", re.S)


def runs(node, found):
    """Every (line of the script's first line, script, shell) under node, in file order."""
    if isinstance(node, dict):
        if isinstance(node.get("run"), str):
            line, _ = node.lc.value("run")
            script = node["run"]
            # A block scalar (`run: |`) starts on the line after its key; a plain one on it.
            first = line + 2 if "\n" in script else line + 1
            found.append((first, script, node.get("shell", "bash")))
        for value in node.values():
            runs(value, found)
    elif isinstance(node, list):
        for value in node:
            runs(value, found)
    return found


def placeholder(match):
    return "_" * len(match.group(0))


def check(path):
    with open(path, encoding="utf-8") as file:
        document = YAML().load(file)
    problems = 0
    for first, script, shell in runs(document, []):
        if not str(shell).startswith("bash"):
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".sh", encoding="utf-8") as temp:
            # GitHub runs bash scripts with -e and -o pipefail.
            temp.write("#!/usr/bin/env bash\nset -eo pipefail\n")
            temp.write(EXPRESSION.sub(placeholder, script))
            temp.flush()
            result = subprocess.run(
                ["shellcheck", "--format=json", temp.name],
                capture_output=True,
                text=True,
                check=False,
            )
        for finding in json.loads(result.stdout or "[]"):
            problems += 1
            line = first + finding["line"] - 3
            print(
                f"{path}:{line}:{finding['column']}: SC{finding['code']} "
                f"({finding['level']}): {finding['message']}"
            )
    return problems


def main(paths):
    problems = 0
    for path in paths:
        try:
            problems += check(path)
        except Exception as error:  # a file that does not parse: say which, and why
            print(f"{path}: {error}", file=sys.stderr)
            return 2
    print(f"shellcheck: {len(paths)} files, {problems} findings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
