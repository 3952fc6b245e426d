#!/usr/bin/env python3
"""A leader's review of the sample's report.docx, made reproducibly: the edits Word records
when a reviewer works with Track Changes on, and a comment.

    scripts/review-docx.py out/2024/report.docx reviewed.docx

writes reviewed.docx and prints, as JSON, the edits it made, each at the number lawrpt gives
the paragraph in the file reviewed (paragraphs with text, from 1):

- an insertion (w:ins): a sentence added to a point's body;
- a deletion (w:del, the text kept as w:delText): a clause taken out of a sentence;
- a changed figure: the old figure deleted and the new one inserted beside it;
- a moved paragraph (w:moveFrom where it was, w:moveTo where it went): a point moved up;
- a comment (w:comment in word/comments.xml, anchored by w:commentRangeStart/End and a
  w:commentReference run) on the paragraph whose figure changed.

It reads the report.docx that `lawrpt build 2024 --docx` writes for the sample, whose runs
hold whole sentences; it refuses a file where a text it edits is not found in one run.
Standard library only, and deterministic: the same input gives the same bytes (zip entries
in their order, dated 1980-01-01, tracked changes dated 2025-03-10).
"""

import html
import json
import re
import sys
import zipfile

REVIEWER = "王主任"
COMMENTER = "李局長"
DATE = "2025-03-10T09:00:00Z"

DOCUMENT = "word/document.xml"
COMMENTS = "word/comments.xml"
RELS = "word/_rels/document.xml.rels"
CONTENT_TYPES = "[Content_Types].xml"

# What the review does to the sample, in the order made.
INSERT_AFTER = "每年召開區委書記點評法治工作會議。"
INSERTED = "建立法治建設問題整改臺賬,逐項銷號。"
DELETED = ",基層街道綜合行政執法體制尚未完全建立"
FIGURE_BEFORE = "共受理"
FIGURE_OLD, FIGURE_NEW = "159", "162"
MOVED = "三是持續優化法治化營商環境。"
MOVED_BEFORE = "二是全面提升政務服務水平。"
COMMENT = "請核實受理案件數,與司法局臺賬一致。"

PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.S)
RUN = re.compile(r"<w:r>(<w:rPr>.*?</w:rPr>|<w:rPr />)?<w:t xml:space=\"preserve\">(.*?)</w:t></w:r>", re.S)


def fail(message):
    print(f"review-docx.py: {message}", file=sys.stderr)
    sys.exit(1)


def run(properties, text):
    """A run of `text` with the run properties given (none for no text)."""
    if not text:
        return ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def text_of(paragraph):
    return "".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", paragraph, re.S))


class Review:
    def __init__(self, document):
        self.document = document
        self.original = document
        self.next_id = 100
        self.edits = []

    def new_id(self):
        self.next_id += 1
        return self.next_id

    def paragraph_with(self, text):
        """The one paragraph whose text holds `text`: its start and end in the document."""
        found = [m for m in PARAGRAPH.finditer(self.document) if text in text_of(m.group(0))]
        if len(found) != 1:
            fail(f"{len(found)} paragraphs hold “{text}”: this is not the sample's report.docx")
        return found[0].start(), found[0].end()

    def number(self, text):
        """The number of the paragraph holding `text` in the file reviewed, as lawrpt counts
        paragraphs: those with text, from 1."""
        numbered = [m for m in PARAGRAPH.finditer(self.original) if text_of(m.group(0)).strip()]
        return 1 + next(i for i, m in enumerate(numbered) if text in text_of(m.group(0)))

    def split_run(self, text, wrap):
        """Replaces `text` in the run holding it by `wrap(properties, text)`, keeping the run's
        text before and after it in runs of their own."""
        start, end = self.paragraph_with(text)
        paragraph = self.document[start:end]
        for found in RUN.finditer(paragraph):
            properties, escaped = found.group(1) or "", found.group(2)
            words = html.unescape(escaped)
            if text not in words:
                continue
            before, after = words.split(text, 1)
            replaced = run(properties, before) + wrap(properties, text) + run(properties, after)
            paragraph = paragraph[: found.start()] + replaced + paragraph[found.end() :]
            self.document = self.document[:start] + paragraph + self.document[end:]
            return start
        fail(f"“{text}” is not within one run")

    def change(self):
        """The attributes of a tracked change: a new id, the reviewer, the date."""
        return f'w:id="{self.new_id()}" w:author="{REVIEWER}" w:date="{DATE}"'

    def inserted(self, properties, text):
        return f"<w:ins {self.change()}>{run(properties, text)}</w:ins>"

    def deleted(self, properties, text):
        return f'<w:del {self.change()}><w:r>{properties}<w:delText xml:space="preserve">{html.escape(text, quote=False)}</w:delText></w:r></w:del>'

    def insert(self):
        self.split_run(INSERT_AFTER, lambda p, t: run(p, t) + self.inserted(p, INSERTED))
        self.edits.append({"kind": "insertion", "paragraph": self.number(INSERT_AFTER), "after": INSERT_AFTER, "text": INSERTED})

    def delete(self):
        self.split_run(DELETED, self.deleted)
        self.edits.append({"kind": "deletion", "paragraph": self.number(DELETED), "text": DELETED})

    def figure(self):
        anchor = FIGURE_BEFORE + FIGURE_OLD
        self.split_run(anchor, lambda p, t: run(p, FIGURE_BEFORE) + self.deleted(p, FIGURE_OLD) + self.inserted(p, FIGURE_NEW))
        self.edits.append({"kind": "figure", "paragraph": self.number(anchor), "old": FIGURE_OLD, "new": FIGURE_NEW})

    def moved(self, paragraph, side):
        """`paragraph` recorded as moved (`side` moveFrom: away from here; moveTo: here): its
        runs and its mark inside the move, and the move's range around it."""
        span = self.new_id()
        marked = re.sub(r"(<w:r>.*</w:r>)", lambda m: f"<w:{side} {self.change()}>{m.group(1)}</w:{side}>", paragraph, count=1, flags=re.S)
        marked = marked.replace("</w:pPr>", f"<w:rPr><w:{side} {self.change()} /></w:rPr></w:pPr>", 1)
        return (
            f'<w:{side}RangeStart w:id="{span}" w:author="{REVIEWER}" w:date="{DATE}" w:name="move1" />'
            + marked
            + f'<w:{side}RangeEnd w:id="{span}" />'
        )

    def move(self):
        start, end = self.paragraph_with(MOVED)
        paragraph = self.document[start:end]
        self.document = self.document[:start] + self.moved(paragraph, "moveFrom") + self.document[end:]
        # The copy where it went needs a paragraph id of its own.
        copy = re.sub(r'w14:paraId="[0-9A-Fa-f]+"', 'w14:paraId="7E57AB1E"', paragraph, count=1)
        to, _ = self.paragraph_with(MOVED_BEFORE)
        self.document = self.document[:to] + self.moved(copy, "moveTo") + self.document[to:]
        self.edits.append({"kind": "move", "paragraph": self.number(MOVED), "before": self.number(MOVED_BEFORE), "text": MOVED})

    def comment(self, on):
        """A comment on the whole paragraph holding `on` (in the file reviewed); the comments
        part's XML."""
        at, end = self.paragraph_with(on)
        end -= len("</w:p>")
        paragraph = self.document[at:end]
        # After the paragraph's properties, or its opening tag.
        if "</w:pPr>" in paragraph:
            opened = paragraph.index("</w:pPr>") + len("</w:pPr>")
        else:
            opened = paragraph.index(">") + 1
        paragraph = (
            paragraph[:opened]
            + '<w:commentRangeStart w:id="0" />'
            + paragraph[opened:]
            + '<w:commentRangeEnd w:id="0" /><w:r><w:rPr><w:rStyle w:val="CommentReference" /></w:rPr><w:commentReference w:id="0" /></w:r>'
        )
        self.document = self.document[:at] + paragraph + self.document[end:]
        self.edits.append({"kind": "comment", "paragraph": self.number(on), "author": COMMENTER, "text": COMMENT})
        return (
            f'<w:comment w:id="0" w:author="{COMMENTER}" w:date="{DATE}" w:initials="李">'
            f'<w:p><w:r><w:annotationRef /></w:r><w:r><w:t xml:space="preserve">{COMMENT}</w:t></w:r></w:p></w:comment>'
        )


def main():
    if len(sys.argv) != 3:
        fail("usage: review-docx.py REPORT.docx REVIEWED.docx")
    source, target = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(source) as archive:
        entries = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    parts = dict(entries)
    if DOCUMENT not in parts:
        fail(f"{source} has no {DOCUMENT}: not a Word file")

    review = Review(parts[DOCUMENT].decode("utf-8"))
    review.insert()
    review.delete()
    review.figure()
    review.move()
    comment = review.comment("嚴格依法辦理行政復議案件")

    comments = parts.get(COMMENTS, b"").decode("utf-8")
    if not comments:
        comments = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" />'
    # The comment goes last in the part, which may be an empty element (`<w:comments … />`).
    comments = comments.rstrip()
    if comments.endswith("/>"):
        comments = comments[: -len("/>")].rstrip() + ">" + comment + "</w:comments>"
    else:
        comments = comments.replace("</w:comments>", comment + "</w:comments>")
    rels = parts[RELS].decode("utf-8")
    if "relationships/comments\"" not in rels:
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml" /></Relationships>',
        )
    types = parts[CONTENT_TYPES].decode("utf-8")
    if "/word/comments.xml" not in types:
        types = types.replace(
            "</Types>",
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" /></Types>',
        )
    changed = {
        DOCUMENT: review.document.encode("utf-8"),
        COMMENTS: comments.encode("utf-8"),
        RELS: rels.encode("utf-8"),
        CONTENT_TYPES: types.encode("utf-8"),
    }
    names = [name for name, _ in entries] + [name for name in changed if name not in parts]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, changed.get(name, parts.get(name, b"")))
    print(json.dumps({"reviewer": REVIEWER, "edits": review.edits}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
