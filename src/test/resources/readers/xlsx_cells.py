"""Reads an .xlsx with openpyxl (an independent reader) and prints, as JSON, every sheet: its cells
(row, column, openpyxl's data type, the value as text, the number format), row count, frozen pane and
autofilter. Numbers are printed with repr(), the shortest text that reads back as the same double."""
import datetime
import json
import warnings
import sys

import openpyxl

warnings.simplefilter("ignore")

wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            v = c.value
            if isinstance(v, bool):
                text = str(v)
            elif isinstance(v, (int, float)):
                text = repr(v)
            elif isinstance(v, (datetime.datetime, datetime.date)):
                text = v.date().isoformat() if isinstance(v, datetime.datetime) else v.isoformat()
            else:
                text = str(v)
            cells.append([c.row, c.column, c.data_type, text, c.number_format,
                          bool(c.style and c.quotePrefix) if hasattr(c, "quotePrefix") else False])
    out.append({
        "name": ws.title,
        "rows": ws.max_row,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "cells": cells,
        "widths": {str(openpyxl.utils.column_index_from_string(k)): d.width
                   for k, d in ws.column_dimensions.items() if d.width},
    })
json.dump(out, sys.stdout, ensure_ascii=False)
