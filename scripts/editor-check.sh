#!/usr/bin/env bash
# editor-check.sh: what VS Code's YAML extension would show a clerk, in its own language
# server (yaml-language-server, installed from npm into target/editor-check/; YLS_VERSION picks
# another version). A project like the ones `lawrpt new` starts: lawrpt.schema.json at its root
# (`lawrpt --lang zh-Hans schema`), and reports/2024.yaml — FORMAT.md's complete example, its
# first line the modeline `lawrpt new` writes, with `title` misspelt `titel`, the second part's role
# `shortcoming` and, in the first part, an empty line where the editor is asked which keys may
# go. Prints the server's diagnostics, the hover of `role` and the keys it offers, as JSON.
# Not run by CI (it needs the npm registry); run it after changing the schema.
#
#   scripts/editor-check.sh            # after cargo build
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work="$here/target/editor-check"
lawrpt="${LAWRPT:-$here/target/debug/lawrpt}"
server="$work/node_modules/yaml-language-server/bin/yaml-language-server"
mkdir -p "$work"
[[ -f "$server" ]] ||
    npm install --prefix "$work" --silent --no-audit --no-fund "yaml-language-server@${YLS_VERSION:-2.0.0}"
project="$work/project"
rm -rf "$project"
mkdir -p "$project/reports"
"$lawrpt" --lang zh-Hans schema -o "$project/lawrpt.schema.json"
report="$project/reports/2024.yaml"
{
    echo '# yaml-language-server: $schema=../lawrpt.schema.json'
    awk '/^## Complete example/ { on = 1 } on && /^```yaml/ { body = 1; next } body && /^```/ { exit } body' \
        "$here/FORMAT.md" |
        sed -e '/^# yaml-language-server:/d' -e 's/^title:/titel:/' \
            -e 's/role: shortcomings/role: shortcoming/' |
        awk '{ print } /^    heading: 2024年度推进法治政府建设的主要举措和成效/ && !done { print "    "; done = 1 }'
} > "$report"
empty=$(grep -n '^    $' "$report" | head -1 | cut -d: -f1)
node "$here/scripts/editor-check.mjs" "$server" "$report" role "$((empty - 1))"
