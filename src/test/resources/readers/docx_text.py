"""Reads a .docx with python-docx (an independent reader) and prints, as JSON, the text of every
paragraph in reading order: body paragraphs and table cells as they come, each merged cell once."""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

document = docx.Document(sys.argv[1])
texts = []
for p in document.element.body.iter(qn("w:p")):
    texts.append(Paragraph(p, document).text)
section = document.sections[0]
json.dump({
    "paragraphs": texts,
    "tables": len(document.tables),
    "page": [section.page_width.mm, section.page_height.mm],
    "orientation": int(section.orientation),
    "eastAsiaFonts": sorted({r.get(qn("w:eastAsia")) for r in document.element.body.iter(qn("w:rFonts"))
                             if r.get(qn("w:eastAsia"))}),
}, sys.stdout, ensure_ascii=False)
