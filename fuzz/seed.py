#!/usr/bin/env python3
"""Seed the fuzz corpora from the project's own reports and fixtures.

    python3 fuzz/seed.py [TARGET…]

adds to fuzz/corpus/<target>/ (every target's, or only those named), each file named by the SHA-1 of its bytes as libFuzzer names
what it finds (so running it twice adds nothing):

  build_report   reports/2024.yaml and every tests/cmd/*.in/reports/*.yaml;
  import_text    tests/fixtures/import/*.txt, tests/cmd/import-*.in/page.txt and
                 shared/seed/gaoling-2024.txt (when shared/ is beside the work tree);
  import_docx    the .docx fixtures as they are, and — since a mutated zip archive almost
                 never passes its checksums — each one's word/document.xml, a NUL byte and
                 the styles it uses from word/styles.xml, which the target packages into a
                 .docx itself (fuzz/src/lib.rs, `docx_of`); the same two parts as a small
                 deflated .docx, for the zip reader; and the seed report as Word XML.

Run `cargo fuzz cmin` on a target after seeding it (fuzz/README.md).
"""

import glob
import hashlib
import html
import io
import pathlib
import re
import sys
import zipfile

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
CORPUS = FUZZ / "corpus"
SHARED_SEED = [ROOT.parent / "shared/seed", ROOT.parent.parent / "shared/seed"]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def add(target: str, data: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def used_styles(document: str, styles: str) -> str:
    """styles.xml cut to the styles the document names, with what they are based on."""
    by_id = {}
    for match in re.finditer(r"<w:style\b.*?</w:style>", styles, re.S):
        style_id = re.search(r'w:styleId="([^"]*)"', match.group(0))
        if style_id:
            by_id[style_id.group(1)] = match.group(0)
    wanted = set(re.findall(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]*)"', document))
    wanted |= {i for i, s in by_id.items() if 'w:default="1"' in s}
    queue = list(wanted)
    while queue:
        based = re.search(r'<w:basedOn w:val="([^"]*)"', by_id.get(queue.pop(), ""))
        if based and based.group(1) not in wanted:
            wanted.add(based.group(1))
            queue.append(based.group(1))
    kept = "".join(by_id[i] for i in sorted(wanted) if i in by_id)
    return f"<w:styles {W}>{kept}</w:styles>"


def docx_seeds() -> None:
    for path in sorted(glob.glob(str(ROOT / "tests/fixtures/import/*.docx"))):
        data = pathlib.Path(path).read_bytes()
        add("import_docx", data)
        if not zipfile.is_zipfile(path):
            continue
        with zipfile.ZipFile(path) as archive:
            document = archive.read("word/document.xml").decode()
            styles = archive.read("word/styles.xml").decode()
        used = used_styles(document, styles)
        add("import_docx", document.encode() + b"\0" + used.encode())
        add("import_docx", small_docx(document, used))


def small_docx(document: str, styles: str) -> bytes:
    """A .docx of just these two parts, deflated: the zip reader's paths, in a few KiB
    rather than the fixtures' 37 (Word's full styles.xml and a thumbnail)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in [("word/document.xml", document), ("word/styles.xml", styles)]:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 20, 9, 0, 0)), text,
                             compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def seed_as_word(text: str) -> bytes:
    """The seed report as Word XML: parts as Heading 1, sections as Heading 2."""
    paragraphs = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        style = ""
        if re.match(r"^[一二三四五六七八九十]+、", line):
            style = '<w:pPr><w:pStyle w:val="1"/></w:pPr>'
        elif re.match(r"^（[一二三四五六七八九十]+）", line):
            style = '<w:pPr><w:pStyle w:val="2"/></w:pPr>'
        run = f"<w:r><w:t>{html.escape(line, quote=False)}</w:t></w:r>"
        paragraphs.append(f"<w:p>{style}{run}</w:p>")
    document = f'<w:document {W}><w:body>{"".join(paragraphs)}</w:body></w:document>'
    styles = (
        f'<w:styles {W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/>'
        "</w:style></w:styles>"
    )
    return document.encode() + b"\0" + styles.encode()


def main(targets: list[str]) -> int:
    known = ["build_report", "import_text", "import_docx"]
    targets = targets or known
    for target in targets:
        if target not in known:
            print(f"no target {target}: one of {', '.join(known)}", file=sys.stderr)
            return 2
    if "build_report" in targets:
        reports = [ROOT / "reports/2024.yaml", *sorted(ROOT.glob("tests/cmd/*.in/reports/*.yaml"))]
        for path in filter(pathlib.Path.is_file, reports):
            add("build_report", path.read_bytes())
    if "import_text" in targets:
        texts = [
            *sorted(ROOT.glob("tests/fixtures/import/*.txt")),
            *sorted(ROOT.glob("tests/cmd/import-*.in/page.txt")),
        ]
        for folder in SHARED_SEED:
            texts += sorted(folder.glob("*.txt"))
        for path in texts:
            add("import_text", path.read_bytes())
    if "import_docx" in targets:
        docx_seeds()
        for folder in SHARED_SEED:
            for path in sorted(folder.glob("*.txt")):
                add("import_docx", seed_as_word(path.read_text(encoding="utf-8")))
    for target in targets:
        files = list((CORPUS / target).iterdir())
        size = sum(f.stat().st_size for f in files)
        print(f"{target}: {len(files)} files, {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
