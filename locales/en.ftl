# lawrpt's messages in English. Each id is named by the code with tr!("id", …); tests/i18n.rs
# fails when an id is missing here or in zh-Hans.ftl, or when one here is used by no code.
# Keep the YAML keys (`year:`, `body:` …) as they are: they are the format.

## Counts and summaries

tally = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
summary-checked = checked { $years } years: { $failed } failed ({ $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    })
summary-built = { $built } built, { $unchanged } unchanged, { $failed } failed ({ $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    })
summary-differ = { $files } files differ from what a build would write
year-checked = checked ({ $tally })
year-built = built { $files } ({ $tally })
year-not-built = not built ({ $tally }); { $folder } left as it was
config-unreadable = cannot be read; no year was checked
config-unusable = { $tally }; no year was checked
templates-unusable = templates: { $tally }; no year was built

## Places and kinds, as the messages below name them

place-the-report = the report
place-this-mapping = this mapping
place-title = the title
place-preamble = the preamble
place-role-part = the `{ $role }` part
place-a = { $level ->
        [indicator] an indicator
       *[other] a { $level }
    }
place-this = this { $level }
place-field-of = this { $level }'s { $key }
value-kind = { $kind ->
        [nothing] nothing
        [boolean] true/false
        [number] a number
        [list] a list
        [mapping] a mapping
       *[text] text
    }
expected-kind = { $kind ->
        [list] a list
        [number] a number
        [whole-number] a whole number
       *[text] text
    }
did-you-mean = did you mean `{ $name }`?

## Loading a report: YAML and the format

no-report = the file holds no report
hint-no-report = a report is a mapping that starts with `year:` and has `parts:`; see FORMAT.md
yaml-syntax = { $detail }
hint-yaml-syntax = fix the YAML at this place; if the text holds `: ` or starts with a special character, quote it or use a `|-` block (see FORMAT.md)
duplicate-key = the key `{ $key }` appears twice in this mapping
duplicate-key-unnamed = a key appears twice in this mapping
hint-duplicate-key = YAML keeps one value per key: merge the two into one, or remove one
tab-indent = a tab in the indentation
hint-tab-indent = YAML indents with spaces only: replace the tab with spaces
budget-size = the file grows past what a report holds (100,000 values, 1,000 aliases): refused before it is read whole
budget-depth = the file nests deeper than a report can (64 levels)
budget-other = the file costs more to read than a report can ({ $breach })
hint-budget = a report needs no aliases (`*name`) repeating aliases, nor lists in lists: write the text out
multiple-documents = the file holds more than one YAML document
hint-multiple-documents = keep one report per file: remove the `---` line and what follows, or move it to its own file
encoding-utf16 = the file is UTF-16 text
hint-encoding-utf16 = save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)
encoding-not-utf8 = the file is not UTF-8 text from here on
hint-encoding-not-utf8 = save it as UTF-8; files from older Chinese Windows tools are often GB18030 (GBK), which lawrpt does not read

not-a-mapping = { $place } must be a mapping, but this is { $found }
key-not-a-name = a key in { $place } is { $found }, not a name
keys-here = the keys here are: { $keys }
unknown-key = unknown key `{ $key }` in { $place }
missing-key = { $place } has no `{ $key }`
add-key = add `{ $key }:`
wrong-type = `{ $key }` must be { $expected }, but this is { $found }
hint-quote-value = put the value in quotes: `{ $key }: "…"`
hint-text-block = `{ $key }` takes text; for several paragraphs use a `|-` block with blank lines between them
hint-one-line-text = `{ $key }` is one line of text: `{ $key }: …`
not-one-line = `{ $key }` runs over more than one line
hint-not-one-line = a { $key } is one line; move the rest into `body:`
hint-add-list = add `{ $key }:` with a list of its entries
hint-list-entries = write each entry of `{ $key }` on its own line starting with `- `
comment-in-text = `{ $comment }` is a YAML comment, not part of `{ $key }`
hint-comment-in-text = if it belongs to the text, put the whole value in quotes: `{ $key }: "…"`; if it is a note, ignore this

shape-report = a report is a mapping with `year:`, `parts:` and optional `authority:`, `title:`, `issued:`, `preamble:`, `indicators:`
shape-part = a part is a mapping with `role:`, `heading:` and its content: `body:`, `points:`, `sections:`
shape-division = a { $level } is a mapping with `heading:` and its content: `body:`, `points:`{ $children ->
        [none] {""}
       *[other] , `{ $children }:`
    }
shape-point = a point is text, or a mapping with `lead:` (its opening sentence) and `body:`
shape-indicator = an indicator is a mapping with `id:`, `label:`, `value:` and optional `unit:`

hint-add-year = add `year: 2024` (the year the report is about) at the top
year-not-a-year = `year` is { $year }, which is not a year
hint-year-digits = write the year the report is about, four digits: `year: 2024`
year-is-text = `year` is the text "{ $text }", not a number
hint-year-unquoted = write the year unquoted, as a number: `year: 2024`
hint-year-arabic = write the year in Arabic digits, unquoted: `year: 2024`
hint-year-four-digits = write the year as four digits: `year: 2024`
issued-not-a-date = `issued` is "{ $text }", which is not a date
hint-issued-date = write the date of issue as YYYY-MM-DD, for example `issued: 2025-03-28`
hint-add-role = add `role:` with one of: { $roles }
unknown-role = unknown role `{ $role }`
hint-role-near = did you mean `{ $name }`? A role is one of: { $roles }
hint-roles = a role is one of: { $roles }
hint-add-heading = add `heading:` with the heading's words, without its number (lawrpt numbers it)
hint-add-value = add `value:` with the figure, as a number
hint-value-number = write the figure as a number without its unit, e.g. `value: 159`, and the unit under `unit:`

## lawrpt.toml

config-unknown-key = { $detail }
hint-config-keys = lawrpt.toml knows `title`, `strict`, `scripts`, `pdf`, `lang` and the `[rules]` table; see FORMAT.md
config-syntax = { $detail }
hint-config-syntax = fix the TOML at this place; see FORMAT.md for lawrpt.toml
config-under-rules = `{ $key }` is under [rules]
hint-config-under-rules = every key after a `[rules]` line belongs to that table: move this line above `[rules]`
unknown-rule = unknown rule `{ $rule }`
hint-rule-ids = `lawrpt rules` lists the rule ids
not-a-severity = `{ $value }` is not a severity
hint-severity = write "error", "warning" or "off"
rule-fixed = rule `{ $rule }` cannot be changed
hint-rule-fixed = a file that does not load cannot be checked, so load rules stay errors; remove this line
title-placeholder = the title pattern has an unknown placeholder `{ $placeholder }`
hint-title-placeholder = a title pattern knows `{"{"}authority{"}"}` and `{"{"}year{"}"}`
unknown-lang = `{ $lang }` is not a language lawrpt speaks
hint-lang = write "zh-Hans" (简体中文), "zh-Hant" (繁體中文) or "en" (English)
unknown-script = unknown script `{ $script }`
hint-script-near = did you mean "{ $name }"? A script is "zh-Hans" or "zh-Hant"
hint-scripts = a script is "zh-Hans" (Simplified) or "zh-Hant" (Traditional)
script-twice = `{ $script }` is listed twice
hint-script-twice = name each script once

## Checks: structure

part-missing = the report has no `{ $role }` part ({ $description })
hint-part-missing = add a part with `role: { $role }`; 《法治政府建设与责任落实督察工作规定》 lists it as content of the annual report
hint-leadership-missing = 《法治政府建设与责任落实督察工作规定》 lists the principal leaders' duty as first persons responsible (第一责任人) as content of the report: add a part with `role: leadership` before the plans part, or turn this rule off in lawrpt.toml if the report covers it elsewhere
part-duplicate = a second `{ $role }` part
hint-part-duplicate = a report has one `{ $role }` part: merge this one into the first (line { $line }) as sections
part-order = the `{ $role }` part comes after the `{ $before }` part (line { $line })
hint-part-order = move it before the `{ $target }` part (line { $line }); the regulation's order is measures → shortcomings → leadership → plans → other
role-heading = this heading does not read like a `{ $role }` part ({ $description })
hint-role-heading = check `role: { $role }` (line { $line }); a { $role } heading names one of: { $words }

## Checks: content

empty-text = `{ $key }` is empty
hint-empty-heading = write the { $key }'s words, or remove the `{ $key }:` line
hint-empty-body = write the text under `{ $key }: |-`, indented, or remove the `{ $key }:` line
empty-section = this { $level } has a heading and nothing under it
hint-empty-section = give it a `body:`, `points:`{ $children ->
        [none] {""}
       *[other] , `{ $children }:`
    }, or remove the { $level }
empty-point = this point has no words
hint-empty-point = give the point a `lead:` sentence, a `body:`, or both; or remove it
placeholder = this `{ $key }` still holds { $mark }, the place `lawrpt new` left for this year's text
hint-placeholder = write this year's text in place of { $mark }
typed-numbering = { $place } starts with typed numbering `{ $prefix }`
hint-typed-numbering = remove `{ $prefix }`: lawrpt numbers headings and points from their position, so a typed number drifts when parts move
invisible-char = this text holds an invisible character, { $code } { $name }
hint-invisible-char = delete it: a reader cannot see it, and it can change how the text reads on the page; paste text as plain text

## Checks: years and dates

year-mismatch = `year` is { $year } but the file is named { $file_year }.yaml
hint-year-mismatch = set `year: { $file_year }`, or rename the file to { $year }.yaml
wrong-year = { $place } says `{ $quoted }`, but it is about { $right }
hint-wrong-year = write { $right } here if this was carried over from another year's report; if { $named } is meant, ignore this or turn the rule off in lawrpt.toml
issued-late = issued on { $date }, after 31 March { $next }
hint-issued-late = 《法治政府建设与责任落实督察工作规定》第二十四条: the annual report is made public before 1 April; check the date
issued-early = issued on { $date }, before the year { $year } it reports on has ended
hint-issued-early = the report on { $year } is issued in the first quarter of { $next }; check the date or `year:`

## Templates

template = { $detail }
template-undefined-variable = Variable `{ $name }` is not defined.{ $count ->
        [0] {""}
       *[other] {" "}Available variables: { $available }
    }
template-undefined-field = Field `{ $name }` is not defined.{ $count ->
        [0] {""}
       *[other] {" "}Available fields: { $available }
    }
template-undefined-value = Variable `{ $name }` exists but its value is undefined
template-unknown = Unknown { $kind ->
        [filter] filter
        [test] test
       *[function] function
    } `{ $name }`
# also takes: $kind
template-found-expected = Found { $found } but expected { $expected }.
template-unknown-include = `{ $name }` cannot be included here: a template includes only those read before it (report.md.tera, report.html.tera, report.txt.tera, index.html.tera, in that order), never itself
template-recursion = a component calls itself more than 20 levels deep: give the recursion an end (an `if` around the call)
template-not-found = Template '{ $name }' not found
template-tag-mismatch = Closing tag '{ $end }' doesn't match opening tag '{ $open }'
template-block-undefined = Block `{ $name }` is not defined in any parent template
hint-template = fix the template (tera 2 syntax); the values a template sees are listed in the README under "Templates"

## Import notes

import-encoding = this byte is not text in UTF-8, GB18030 or UTF-16
hint-import-encoding = save the page as text (UTF-8), or as a Word .docx file, and import that
import-debris = left out { $kind ->
        [counter] the page's view counter
        [field] a field of the web page (source, date, author, font size, position)
        [breadcrumb] the page's breadcrumb (首页 > …)
        [buttons] the web page's buttons (print, close, font size)
       *[publication] the publication note (此件公开发布)
    }: `{ $text }`
hint-import-debris = it is the web page's, not the report's; nothing to do unless it was part of the report
import-year = the title says { $found }, but the report is imported as { $given } (--year)
hint-import-year = check --year; the title is kept as written
import-authority = the issuer line says `{ $found }`, but --authority gives `{ $given }`: using `{ $given }`
hint-import-authority = leave out --authority to take the issuer from the text
import-after-issuer = text after the issuer and date: kept at the end of the last part
hint-import-after-issuer = if it is an attachment or part of the web page, move or delete it in the YAML
import-heading-unplaced = { $level ->
        [item] an item
       *[other] a { $level }
    } heading where no { $parent } is open: kept as text where it stands
hint-import-heading-unplaced = numbering runs 一、 → （一） → 1. → （1）; number this paragraph as { $parent ->
        [item] an item
       *[other] a { $parent }
    } is numbered, or move it under one
import-role = this part's heading names none of the regulation's parts: imported as `role: other`
hint-import-role = if it is one of them, set its `role:` in the YAML (measures, shortcomings, leadership, plans)
import-heading-number = typed `{ $typed }`, but this is { $level } { $position } here: lawrpt numbers by position, so it will read { $number }
hint-import-heading-number = check that no heading is missing or out of order in the source
import-point-unplaced = a point (一是 …) before any part: kept as text where it stands
hint-import-point-unplaced = points belong to a part or a section; add the heading they belong to
import-point-number = typed `{ $typed }`, but this is point { $position } here: lawrpt numbers by position, so it will read { $number }
hint-import-point-number = check that no point is missing or out of order in the source

## The labels of messages

label-error = error
label-warning = warning
label-help = help
# What follows a label: `error: …`, `help: …`.
label-colon = :{" "}

## The regulation's names of the parts (kept in Chinese: they are the regulation's words)

role-description = { $role ->
        [measures] 推进法治政府建设的主要举措和成效
        [shortcomings] 推进法治政府建设存在的不足和原因
        [leadership] 党政主要负责人履行推进法治建设第一责任人职责情况
        [plans] 下一年度推进法治政府建设的主要安排
       *[other] 其他需要报告的情况
    }

## Fatal errors: what stops a run (error.rs)

not-a-year = `{ $argument }` is not a year
hint-not-a-year = name a year by its four digits, e.g. `lawrpt build 2024`
no-such-folder = { $path } is not a folder
hint-no-such-folder = name the folder that holds `reports/` (and `lawrpt.toml`, if any)
out-with-several-projects = --out names one folder, but several projects are named
hint-out-with-several-projects = leave out --out: each project is built into its own out/ folder
no-project = no lawrpt project in { $path } or any folder above it
hint-no-project = run lawrpt inside a project (a folder with `reports/` or `lawrpt.toml`), or name one with `--project DIR`
no-report-for-year = no report for { $year }: { $path } does not exist
hint-no-report-yet = `reports/` holds no `<year>.yaml` yet; write one (see FORMAT.md)
hint-years-available = years with a report: { $years }
not-a-file = { $path } is not a file
hint-not-a-file = name a file: this path is a folder (or a device)
too-large = { $path } is { $size } bytes, too large to be a report
hint-too-large = a report is at most { $mib } MiB; a file this large is not a report
outside-output = { $path } would be written outside the output folder { $out }
hint-outside-output = an output folder must not link elsewhere; remove the link or name another folder with --out
exists = { $path } exists already
hint-exists = add --force to replace it
unsafe-output = lawrpt will not write its site into { $path }: { $reason ->
        [root] it is the root of the file system
        [project] it is the project's folder, or holds it
       *[foreign] it holds files lawrpt did not write (it has no .lawrpt-manifest.json)
    }
hint-unsafe-output = name a new or empty folder for the site, or one a lawrpt build wrote before
no-year = no year in the title or first heading of { $path }
hint-no-year = say which year it reports on: --year 2024
nothing-to-import = { $path } holds no report text (nothing, or only the web page around it)
hint-nothing-to-import = import a published report: its text saved from the web page, or its Word file
from-itself = --from { $year } is the year being started
hint-from-itself = name an earlier year with --from, or leave it out
not-a-word-file = cannot read { $path } as a Word file: { $reason }
hint-not-a-word-file = import reads Word's .docx files and text; save a .doc or .wps file as .docx first
write-yaml = cannot write the report as YAML: { $detail }
write-docx = cannot write the report as a Word file: { $detail }
browser-not-there = PDF output needs a browser to print with, and { $variable } names { $path }, which is not there
hint-browser-named = set { $variable } to the path of Chromium, Google Chrome or Microsoft Edge, or unset it to look for one
no-browser = PDF output needs Chromium, Google Chrome or Microsoft Edge to print with, and none is installed
hint-no-browser = install Chromium (Debian, Ubuntu: `apt-get install chromium fonts-noto-cjk`) or Google Chrome, or set { $variable } to a browser's path; or build without PDF (leave out --pdf, or remove `pdf = true` from lawrpt.toml)
print-failed = { $browser } could not print { $page } to PDF: { $detail }
hint-print = the other outputs of this year were not written either; try another browser with { $variable }
# `kind` (not-found, permission-denied, already-exists, storage-full, read-only,
# is-a-directory, not-a-directory, broken-pipe, other) tells the common failures apart for languages that
# do not show the system's English words (`detail`); English shows `detail` as it is.
# also takes: $kind
io = cannot { $action ->
        [read] read { $path }
        [write] write { $path }
        [create] create { $path }
        [create-output] create the output folder { $path }
        [make-print-folder] make a folder to print in, in { $path }
        [open] open { $path }
        [open-output] open the output folder { $path }
        [remove] remove { $path }
        [write-terminal] write to the terminal
        [write-stdout] write to standard output
       *[write-to] write to { $path }
    }: { $detail }

## The command line: --help (cli/)

cli-about = Compiles Chinese local governments' annual rule-of-law reports (法治政府建设情况报告) from YAML into Markdown, HTML and plain text
cli-after-help = Exit codes: 0 ok (warnings allowed), 1 a report, lawrpt.toml or template has errors (or --check found differences), 2 lawrpt could not run (arguments, missing or unreadable files, output not writable).
cli-project = The project folder; repeat it to work on several projects in one run [default: the nearest folder upward holding reports/ or lawrpt.toml]
cli-color = When to colour messages
cli-color-auto = Colour when writing to a terminal and NO_COLOR is not set
cli-lang = The language of messages [default: LAWRPT_LANG, then `lang` in lawrpt.toml, then the locale (LC_ALL, LC_MESSAGES, LANG), else English]
cli-build-about = Check reports/YEAR.yaml and render out/YEAR/report.{"{"}md,html,txt{"}"} and out/index.html
cli-check-about = Check reports/YEAR.yaml without writing anything
cli-diff-about = Show what changed between two years' reports
cli-import-about = Turn a published report (web text or a Word .docx file) into reports/YEAR.yaml
cli-new-about = Start reports/YEAR.yaml from an earlier year's structure, its text left to be written
cli-rules-about = List the rules lawrpt checks, with their default severity
cli-rules-format = How to list them
cli-rules-format-human = A rule a line, for people
cli-rules-format-json = One JSON document for other tools: id, severity, fixed, summary (in the run's language), citation
cli-completions-about = Print the shell's completion script for lawrpt (bash, zsh, fish, powershell, elvish)
cli-completions-shell = The shell to complete in
cli-value-shell = SHELL
cli-man-about = Print lawrpt's manual page (roff, for man), in the language of the run
cli-man-command = A command whose page to print (lawrpt-build(1) …) [default: lawrpt(1), which lists them]
cli-diff-old = The earlier report: a year of the project (2023), a YAML file, or a Word file (.docx)
cli-diff-new = The later report: a year of the project (2024), a YAML file, or a Word file (.docx) such as a reviewed report.docx, its tracked changes accepted and its comments listed
cli-diff-format = How to show it
cli-diff-format-terminal = For reading in a terminal (colour on a terminal only)
cli-diff-format-md = Markdown, for a review comment
cli-diff-format-html = One self-contained HTML page
cli-diff-format-json = JSON for other tools (schema: docs/diff.md)
cli-diff-stat = Only a summary: parts, sections and points added, removed, changed; figures changed
cli-diff-exit-code = Exit 1 when the reports differ (as `git diff --exit-code`)
cli-import-file = The published report: text (UTF-8, GB18030 or UTF-16; one paragraph a line, or paragraphs between blank lines) or a Word .docx file
cli-import-year = The year it reports on [default: the year in its title or first heading]
cli-import-authority = The government or department that issued it [default: the issuer line at its end]
cli-import-output = Where to write the YAML, `-` for standard output [default: reports/YEAR.yaml in the project, or in the current folder when there is no project yet]
cli-import-force = Replace the file if it exists
cli-new-year = The year to start, e.g. 2025
cli-new-from = The year whose structure to carry over [default: the latest year before YEAR]
cli-new-force = Replace reports/YEAR.yaml if it exists
cli-years = The years to work on, e.g. 2024
cli-all = Every year that has a reports/YEAR.yaml
cli-strict = Treat warnings as errors (also `strict = true` in lawrpt.toml)
cli-format = How to print diagnostics: for people; as one JSON document or JSON lines; as GitHub Actions workflow commands that annotate the lines of a pull request; or as a GitLab Code Quality report, a SARIF log or a JUnit report
cli-format-human = Messages with the source line and a caret, on standard error
cli-format-json = One JSON document on standard output (schema: docs/diagnostics.md)
cli-format-github = GitHub Actions workflow commands (::error file=…,line=…::…) on standard output
cli-format-gitlab = A GitLab Code Quality report on standard output (artifacts:reports:codequality)
cli-format-sarif = A SARIF 2.1.0 log on standard output, for GitHub code scanning, GitLab and Azure DevOps
cli-format-junit = A JUnit XML report on standard output, for Jenkins and CI test dashboards: one test case a year
cli-format-json-lines = One JSON object a line on standard output, as each is found, then a summary line
cli-quiet = Print only errors: no warnings, no status lines, no progress (standard output is never affected)
cli-verbose = Also print what lawrpt reads, decides and writes on the way, with times
cli-build-out = The output folder [default: out/ in the project]
cli-build-check = Write nothing; exit 1 listing every file under the output folder that differs from what a build would write (missing, changed or stale)
cli-build-force = Rebuild every year, even those whose inputs did not change
cli-build-prune = Remove the outputs of years whose reports/YEAR.yaml is gone, and variants no longer published
cli-build-script = The scripts to publish, overriding `scripts` in lawrpt.toml: each report in its own script, plus a converted variant (out/YEAR/report.zh-Hant.html, …) in any other named
cli-script-hans = Simplified: a Traditional report gets a Simplified variant
cli-script-hant = Traditional: a Simplified report gets a Traditional variant
cli-script-both = Both: every report gets a variant in the other script
cli-build-docx = Also write each report as a Word file beside it (out/YEAR/report.docx), laid out to GB/T 9704-2012 for review in Word or WPS; also `docx = true` in lawrpt.toml
cli-build-no-wait = When another lawrpt is writing the output folder, stop at once with exit code 2 instead of waiting for it to finish
cli-build-pdf = Also print each report page to PDF beside it (out/YEAR/report.pdf), A4 as the page's print stylesheet lays it out, with headless Chromium or Chrome (LAWRPT_BROWSER names one); also `pdf = true` in lawrpt.toml
cli-value-command = COMMAND
cli-value-dir = DIR
cli-value-color = COLOR
cli-value-lang = LANG
cli-value-format = FORMAT
cli-value-file = FILE
cli-value-year = YEAR
cli-value-name = NAME
cli-value-path = PATH
cli-value-scripts = SCRIPTS
cli-value-old = OLD
cli-value-new = NEW
# clap's own help flag, version flag and `help` command, as clap words them.
cli-help = Print help
cli-help-short = Print help (see more with '--help')
cli-help-long = Print help (see a summary with '-h')
cli-version = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-command = Print help for the subcommand(s)

## clap's own words: headings of --help and its usage errors (English leaves them to clap)

clap-usage = Usage:{" "}
clap-arguments = Arguments:
clap-options = Options:
clap-commands = Commands:
clap-possible-values = Possible values:
clap-possible-values-inline = [possible values: {""}
clap-default = [default: {""}
clap-aliases = [aliases: {""}
clap-bracket-close = ]
clap-options-placeholder = [OPTIONS]
clap-list-separator = , {""}
# A name the user types, in a list of them (keys, roles).
code-name = { $name }
clap-error = error: {""}
clap-unknown-argument = unexpected argument '{ $argument }' found
clap-unknown-command = unrecognized subcommand '{ $command }'
clap-invalid-value = invalid value '{ $value }' for '{ $argument }' (possible values: { $valid })
clap-missing-argument = the following required arguments were not provided: { $argument }
clap-missing-command = a command is required
clap-conflict = the argument '{ $argument }' cannot be used with '{ $other }'
clap-no-equals = equal sign is needed when assigning values to '{ $argument }'
clap-too-many-values = unexpected value '{ $value }' for '{ $argument }' found; no more were expected
clap-wrong-number-of-values = '{ $argument }' takes a different number of values
clap-other = { $detail }
clap-did-you-mean = tip: a similar one exists: '{ $name }'
clap-value-required = a value is required for '{ $argument }' but none was supplied
clap-invalid-value-free = invalid value '{ $value }' for '{ $argument }'
clap-tip-as-value = tip: to pass '{ $argument }' as a value, use '{ $written }'
clap-tip-remove-dashes = tip: subcommand '{ $command }' exists; to use it, remove the '--' before it
clap-tip = tip: { $tip }
clap-more = For more information, try '--help'.

# A rule whose severity a project cannot change.
rules-fixed = {" "}(fixed)

## The rules in a SARIF log (--format sarif): the full description, and the help GitHub code scanning shows

sarif-rule-cited = { $summary } ({ $citation })
sarif-rule-help = { $summary }. FORMAT.md explains the rule `{ $rule }`, with an example and how to fix what it finds; `lawrpt rules` lists every rule.

## The rules, as `lawrpt rules` lists them (one per rule of src/rules/rules.toml: rule-<id>)

rule-yaml-syntax = the file is not valid YAML
rule-type-mismatch = a value has the wrong kind (text, number, list or mapping)
rule-unknown-key = a key lawrpt does not know
rule-missing-key = a required key is absent
rule-invalid-value = a value outside what the key accepts (a role, a date)
rule-year-mismatch = `year:` differs from the year in the file name
rule-part-missing = a required part (measures, shortcomings, plans) is missing
rule-part-duplicate = two parts have the same role
rule-part-order = parts are not in the order the regulation lists the report's contents
rule-empty-heading = a heading, title or lead is empty
rule-empty-body = a body or preamble is present but empty
rule-empty-section = a part, section, item or sub-item has no body, points or subdivisions
rule-empty-point = an inline point has neither lead nor body
rule-leadership-missing = no part on the principal leaders' duty as first persons responsible (第一责任人)
rule-wrong-year = a heading or body names the wrong year
rule-typed-numbering = numbering typed into a heading, where lawrpt generates it
rule-issued-late = issued after 31 March of the following year
rule-issued-early = issued before the year it reports on has ended
rule-role-heading = a part's heading does not read like its role (a measures part headed 存在的不足…)
rule-config = lawrpt.toml is not valid
rule-template = a template does not parse or fails to render
rule-encoding = the file is not UTF-8 text
rule-comment-in-text = a ` #` inside unquoted text starts a YAML comment: the rest of the line is lost
rule-placeholder = text `lawrpt new` left to be written (【待填写】) is still there: the draft is unfinished
rule-invisible-char = a control, zero-width or direction-changing character a reader cannot see (U+202E …)
rule-import-debris = import: a line of the web page around the report (view counter, 来源, 发布时间, 打印/关闭) was left out
rule-import-unplaced = import: a paragraph that cannot stand where it is in the structure was kept as text there
rule-import-numbering = import: numbering typed in the source is out of sequence; lawrpt numbers by position
rule-import-role = import: a part's heading names none of the regulation's parts; imported as `role: other`
rule-import-metadata = import: the year or issuer in the text differs from the one given on the command line
rule-import-comment = import: a reviewer's comment in a Word file, listed with the paragraph it is on (comments are not written to the YAML)

## import and new: their notes, the comments they write atop the YAML, their summaries

# `level`: part, section, item, sub-item, point.
count-of = { $count } { $level ->
        [part] { $count ->
            [one] part
           *[other] parts
        }
        [section] { $count ->
            [one] section
           *[other] sections
        }
        [item] { $count ->
            [one] item
           *[other] items
        }
        [sub-item] { $count ->
            [one] sub-item
           *[other] sub-items
        }
       *[point] { $count ->
            [one] point
           *[other] points
        }
    }
list-separator = , {""}
standard-output = standard output
import-paragraph = paragraph { $paragraph }: { $message }
import-comment = comment by { $author }: “{ $text }”
import-comment-elsewhere = comment by { $author }, on no paragraph of the report's text: “{ $text }”
import-comment-someone = an unnamed reviewer
hint-import-comment = a comment is not part of the report and is not written to the YAML: make the change it asks for in the YAML, or answer it in Word
import-header = # Imported by `lawrpt import` from { $file } ({ $encoding }).
import-header-numbering = # Numbering (一、（一）1.（1）一是) is generated by lawrpt: it is not written here.
import-summary = imported { $file } ({ $encoding }) into { $target }: { $counts }; { $left_out } { $left_out ->
        [one] line
       *[other] lines
    } of the web page left out, { $notes } other { $notes ->
        [one] note
       *[other] notes
    }; `lawrpt check { $year }`: { $tally }
import-summary-comments = ; { $count ->
        [one] 1 comment listed above: it is
       *[other] { $count } comments listed above: they are
    } not in the YAML
new-from-has-errors = { $year } has errors: fix them first, or start from another year with --from
new-from-structure = the structure of { $year }{ $indicators ->
        [0] {""}
        [one] {" "}(its indicator, a figure of that year, is not carried over)
       *[other] {" "}(its { $indicators } indicators, figures of that year, are not carried over)
    }
new-from-regulation = the regulation's parts (no earlier year to start from)
new-header = # { $year }: started by `lawrpt new` from { $from ->
        [none] nothing
       *[other] { $from }
    }.
    # Write this year's text in place of every { $mark }; `lawrpt check { $year }` lists those left.
new-summary = wrote { $path } from { $from }: { $counts }; { $left } { $left ->
        [one] place
       *[other] places
    } to write

## A build's lines about the site: stale and removed outputs, relinked years

# `build --check`: a file the build would write that differs from out/, or one it would remove.
check-listing = { $difference ->
        [missing] missing
        [stale] stale
       *[changed] changed
    }: { $path }
year-removed = removed { $folder } (reports/{ $year }.yaml is gone)
year-stale = { $folder } is stale: reports/{ $year }.yaml is gone (remove it with --prune)
copy-removed = removed { $path } ({ $why })
copy-stale = { $path } is stale: { $why } (remove it with --prune)
stale-why = { $why ->
        [pdf-off] PDF output is off
        [docx-off] Word output is off
        [script-unpublished] its script is no longer published
       *[now-original] the page is now written in this script, so it is no longer a converted copy
    }
year-relinked = built { $files } (its links to the years around it)

## Printing to PDF and reading Word files: why it failed

print-not-started = it could not be started: { $detail }
print-timed-out = it did not finish in { $seconds } seconds (more time: { $variable }=SECONDS)
print-wait-failed = waiting for it failed: { $detail }
print-unreadable = its PDF could not be read: { $detail }
print-said-nothing = it said nothing
docx-old-or-encrypted = this is an old Word document (.doc) or one protected by a password; save it in Word as .docx, without a password, and import that
docx-not-a-zip = this is not a Word .docx file (not a zip archive: { $reason })
docx-not-word = this zip archive is not a Word document: it has no { $part }
docx-damaged = the document is damaged: { $part } cannot be read ({ $reason })
docx-bad-xml = the document is damaged: { $part } is not valid XML: { $reason }
docx-too-large = { $part } is larger than { $mib } MiB uncompressed; no report is that large
docx-too-deep = { $part } nests elements more than { $limit } deep; no Word document does
docx-not-utf8 = it is not UTF-8
docx-ends-inside = it ends inside an element

## lawrpt diff: the words around the text (terminal, Markdown, --stat in the run's language;
## an HTML page in its report's script)

diff-preamble = preamble
diff-unchanged = unchanged
diff-status = { $status ->
        [added] added
        [removed] removed
       *[changed] changed
    }
diff-reworded = reworded, was { $was }
diff-moved = moved, was { $was }
diff-note-separator = ;{" "}
diff-point-unchanged = { $first }… (unchanged)
diff-point-moved = {" "}(moved from { $from })
diff-point-reordered = {" "}(moved, was { $was })
diff-point-status = {" "}({ $status ->
        [added] added
       *[removed] removed
    })
diff-figure-was = { $label } (was { $was })
diff-figures = figures
diff-figures-between = figures ({ $old } → { $new })
diff-figures-one-year = figures in one year only
diff-figure-in-year = { $value } ({ $year })
diff-figure-label = label
diff-figure-change = change
diff-stat-name = { $level ->
        [parts] parts
        [sections] sections
        [points] points
        [sentences] sentences
       *[figures] figures
    }
diff-stat-counts = { $added } added, { $removed } removed, { $changed } changed, { $moved } moved
diff-stat-sentences = { $carried } carried over, { $changed } reworded, { $added } added, { $removed } removed
diff-stat-figures = { $changed } changed, { $added } added, { $removed } removed

## The words of a published page around the report (a page is in Chinese: these are for a
## page in English, should a project publish one)

page-contents = Contents
page-skip = Skip to the report
page-all-years = All years
page-year-suffix = {""}
page-year = {""}
page-formats = Other formats
page-plain-text = Plain text
page-warnings = check warnings
page-no-reports = No reports yet
page-compared = Compared with the year before
page-switch-script = Script
page-site-title = {" "}annual reports on building a rule-of-law government

## lawrpt serve: the live preview (its help, what it says in the terminal, the words of its
## error overlay and of its "not found" page, in the language of the run)

cli-serve-about = Preview the site in a browser while drafting: each save rebuilds what changed and the page reloads itself
cli-serve-year = The year being drafted: the address printed (and opened) is its page [default: the page listing every year]
cli-serve-port = The port to listen on; 0 lets the system choose a free one [default: 3000, or the first free one after it]
cli-serve-bind = The address to listen on [default: 127.0.0.1, this computer only]
cli-serve-open = Open the page in the default browser (the BROWSER variable names another)
cli-value-port = PORT
cli-value-address = ADDRESS
serve-one-project = `lawrpt serve` previews one project, but several are named with --project
hint-serve-one-project = name one --project; to preview another at the same time, start a second `lawrpt serve` in its folder
locked = another lawrpt is writing into { $out }, and --no-wait says not to wait for it
hint-locked = run again once it has finished, or without --no-wait to wait for it; a lawrpt that ended, however it ended, holds no lock: the system releases it with the process
interrupted = interrupted: the files not yet written were left as they were; every file written is whole, and no temporary file is left
hint-interrupted = run the same command again to finish: what was already written is skipped
build-waiting = Blocking: waiting for another lawrpt to finish writing { $out }
lock-unsupported = warning: { $out } cannot be locked here ({ $detail }): another lawrpt writing into it at the same time would go unnoticed
listen-failed = cannot listen on { $address }: { $kind ->
        [addr-in-use] the port is in use by another program
        [addr-not-available] this computer has no such address
        [permission-denied] not allowed (ports below 1024 need an administrator)
       *[other] { $detail }
    }
ports-taken = ports { $first }–{ $last } on { $host } are all in use
hint-ports-taken = name a free port, e.g. `lawrpt serve --port 8080`, or stop another `lawrpt serve`
hint-listen = choose another port with --port, or another address with --bind
watch-failed = cannot watch { $path } for changes: { $detail }
hint-watch = on Linux, the number of folders one user may watch is fs.inotify.max_user_watches: raise it (`sudo sysctl fs.inotify.max_user_watches=524288`), or close programs that watch many files
serve-listening = Previewing { $project } at { $url }
serve-port-taken = port { $wanted } is in use: listening on { $port } instead
serve-not-loopback = { $address } is not this computer's own address (127.0.0.1): anyone who can reach it on the network can read the reports being drafted
serve-watching = Watching reports/, templates/ and lawrpt.toml: each save rebuilds and reloads the page. Ctrl-C stops.
serve-built = built { $count ->
        [one] 1 year
       *[other] { $count } years
    } in { $ms } ms
serve-rebuilt = rebuilt { $years } in { $ms } ms
serve-failed = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }: the page shows them over the last version that built
serve-unchanged = no year needed rebuilding ({ $ms } ms)
serve-no-pdf = lawrpt.toml asks for PDFs: the preview leaves them out (each takes a second or more); `lawrpt build` prints them
serve-open-failed = could not open a browser ({ $detail }): open { $url } in one yourself
serve-watch-error = a change could not be watched: { $detail }
serve-stopped = preview stopped; its files are removed
serve-overlay-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }: below is the last version that built
serve-overlay-warnings = { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
serve-overlay-fix = Correct the file and save: this page reloads by itself.
serve-overlay-hide = Hide
serve-overlay-show = Show
serve-not-found-title = Not in the preview
serve-not-found = { $path } is not a page of this preview.
serve-not-found-failed = It may be the page of a year that has not built yet: the messages say why.
serve-back = All years
serve-method = lawrpt serve answers GET and HEAD only
serve-url-too-long = The address asked for is longer than { $limit } bytes: no page of the preview has such an address.

## -v (--verbose): what lawrpt read, decided and wrote on the way

detail-took = { $line }, in { $ms } ms
detail-unchanged = unchanged since the last build (the same report, lawrpt.toml, templates and lawrpt): nothing rendered, in { $ms } ms
detail-wrote = wrote { $path }
detail-run = { $years ->
    [one] one year
   *[other] { $years } years
} in { $ms } ms, on { $threads ->
    [one] one thread
   *[other] { $threads } threads
}
detail-import-read = read { $file }: { $paragraphs } paragraphs, { $encoding }{ $word ->
    [yes] , tracked changes accepted
   *[no] {""}
}
detail-import-check = what `lawrpt check { $year }` finds in the imported report:
detail-new-place = { $path }:{ $line }:{ $column }: { $mark } to write
detail-diff-side = { $side }: { $file } ({ $kind })
detail-diff-kind-yaml = a report in YAML
detail-diff-kind-word = a Word file, tracked changes accepted
detail-diff-took = compared in { $ms } ms
detail-serve-request = { $method } { $url } → { $status } in { $ms } ms

## The progress bar of a long build, on a terminal (indicatif fills in {pos}, {len} and {msg}: the year)

progress-years = {"{"}pos{"}"}/{"{"}len{"}"} years {"{"}msg{"}"}

## lawrpt schema: the JSON Schema editors check a report against (each description in the
## run's language, then in the other), and the file new and import write beside reports/

cli-schema-about = Print the JSON Schema of reports/YEAR.yaml for editors (VS Code's YAML extension): every key, its type, what it means
cli-schema-output = Write it to this file instead of standard output, e.g. lawrpt.schema.json at the project's root, which reports' first line names
schema-written = wrote { $path }, the schema editors check reports against (after upgrading lawrpt, refresh it: `lawrpt schema -o { $path }`)
schema-title = Rule-of-law government report (lawrpt, reports/YEAR.yaml)
schema-comment = Written by `lawrpt schema`; after upgrading lawrpt, refresh it with `lawrpt schema -o lawrpt.schema.json`. FORMAT.md explains every key.
schema-mapping-report = One year's report on building a rule-of-law government (法治政府建设情况报告). lawrpt numbers its parts, sections, items, sub-items and points: never type 一、 （一） 1. （1） 一是.
schema-mapping-part = A part of the report, numbered 一、 二、 by lawrpt
schema-mapping-section = A section, numbered （一） （二） by lawrpt
schema-mapping-item = An item, numbered 1. 2. by lawrpt
schema-mapping-subitem = A sub-item, numbered （1） （2） by lawrpt
schema-mapping-point = A point, numbered 一是 二是 by lawrpt: text alone, or a lead (its opening sentence) and a body
schema-mapping-indicator = A figure `lawrpt diff` compares from year to year
schema-key-year = The year the report is about, as in the file's name (the 2024 report, published in 2025, says 2024); a number, unquoted
schema-key-authority = The government or department that issues it, e.g. 西安市高陵区人民政府, shown in the signature at the end
schema-key-title = The report's title [default: made from the `title` pattern in lawrpt.toml]
schema-key-issued = The date of issue, YYYY-MM-DD (2025-03-28): after 31 December of the year, and by 31 March of the next (第二十四条: made public before 1 April)
schema-key-preamble = The opening paragraphs, before part 一、: Markdown, best written as a `|-` block
schema-key-parts = The report's parts, in the regulation's order: measures, shortcomings, leadership, plans, other
schema-key-indicators = Figures for `lawrpt diff` to compare with other years; not shown in the report
schema-key-role = What this part is, whatever its heading says: one of the contents the regulation asks a report for
schema-key-heading = { $level ->
        [part] The part's heading, on one line, with no number typed: lawrpt numbers it 一、 二、
        [section] The section's heading, on one line, with no number typed: lawrpt numbers it （一） （二）
        [item] The item's heading, on one line, with no number typed: lawrpt numbers it 1. 2.
       *[other] The sub-item's heading, on one line, with no number typed: lawrpt numbers it （1） （2）
    }
schema-key-body = The text of this { $level }, after its heading: Markdown (bold, lists, tables), best written as a `|-` block
schema-key-points = The points of this { $level }, numbered 一是 二是 by lawrpt: each is text, or a `lead` and a `body`
schema-key-sections = The sections of this part, numbered （一） （二） by lawrpt
schema-key-items = The items of this section, numbered 1. 2. by lawrpt
schema-key-subitems = The sub-items of this item, numbered （1） （2） by lawrpt
schema-key-lead = The point's opening sentence, on one line, bold in HTML and Markdown; end it with its own 。
schema-key-point-body = The point's text after its lead: one paragraph
schema-key-indicator-id = A name kept the same every year, so `lawrpt diff` can pair the figures, e.g. review.accepted
schema-key-indicator-label = What the figure counts, e.g. 受理行政复议案件
schema-key-indicator-value = The figure, a number: 159 or 98.6 (not "159", not 98.6%)
schema-key-indicator-unit = Its unit, e.g. 件 or %
schema-role = { $role ->
        [measures] The past year's measures to build a rule-of-law government, and their results (主要举措和成效); required
        [shortcomings] The past year's shortcomings, and their causes (存在的不足和原因); required
        [leadership] How the principal leaders of Party and government did their duty as first persons responsible for the rule of law (第一责任人职责); a warning if absent
        [plans] The plans for the next year (下一年度主要安排); required
       *[other] Other matters to report (其他需要报告的情况); may repeat
    }
