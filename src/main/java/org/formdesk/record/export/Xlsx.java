package org.formdesk.record.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.UserNameAwareTempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.formdesk.form.FieldDef;

/**
 * The workbook mechanics shared by the record and the collection workbooks: typed cells (numbers as
 * numbers formatted to the field's decimals, dates as dates, text always as a text cell — a cell is never
 * given a formula, and text that a person editing it would turn into one is marked quote-prefixed), a bold
 * frozen header row with an autofilter, and column widths measured in the way Excel counts them, a Chinese
 * character as two. Streaming (SXSSF): rows go to a compressed temporary file as they are written, so two
 * hundred records or two thousand take the same memory; {@link #bytes()} deletes the temporary files.
 */
final class Xlsx implements AutoCloseable {
    /** Excel keeps 15 significant digits: a number with more is written as text rather than changed. */
    private static final int EXCEL_DIGITS = 15;
    private static final int MAX_WIDTH = 60;

    static {
        // POI's default puts every user's temporary sheets in one /tmp/poifiles, which the first user to
        // run owns: on a shared bastion everyone else's collect would fail. A folder per user instead (the
        // files in it are 0600 either way). One policy for the whole process, set before any workbook.
        TempFile.setTempFileCreationStrategy(new UserNameAwareTempFileCreationStrategy());
    }

    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<Sheet, int[]> widths = new HashMap<>();
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle headerStyle;
    private final Font plainFont;
    private boolean closed;

    Xlsx() {
        wb.setCompressTempFiles(true);
        plainFont = wb.createFont();
        plainFont.setFontName(Docx.CJK_FONT);
        plainFont.setFontHeightInPoints((short) 11);
        Font bold = wb.createFont();
        bold.setFontName(Docx.CJK_FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        headerStyle = wb.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    /**
     * A sheet named as asked when Excel allows it: at most 31 characters, none of : \ / ? * [ ], and
     * unique ignoring case; else the name shortened and numbered.
     */
    Sheet sheet(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted, '_');
        String name = base;
        for (int n = 2; sheetNames.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(name.toLowerCase(java.util.Locale.ROOT));
        SXSSFSheet sheet = wb.createSheet(name);
        return sheet;
    }

    /** The header row: bold, frozen; with {@code filter}, an autofilter over the columns. */
    void header(Sheet sheet, List<String> titles, boolean filter) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(headerStyle);
            measure(sheet, c, titles.get(c) + "  ");
        }
        sheet.createFreezePane(0, 1);
        if (filter && !titles.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, titles.size() - 1));
        }
    }

    Row row(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    /** One cell of no particular field: numbers with the decimals they have, text as text. */
    void set(Row row, int col, Object value) {
        set(row, col, value, null);
    }

    /**
     * One cell of a field's value (the field may be null): a BigDecimal formatted as the field shows
     * figures — money with thousands separators and its decimals, counts and years as plain digits, rates
     * as percentages — never hiding a decimal the number has; whole numbers; a LocalDate; or text. Null or
     * empty text leaves the cell empty.
     */
    void set(Row row, int col, Object value, FieldDef field) {
        if (value == null || value instanceof String t && t.isEmpty()) {
            return;
        }
        Sheet sheet = row.getSheet();
        Cell cell = row.createCell(col);
        if (value instanceof BigInteger || value instanceof Long || value instanceof Integer) {
            value = new BigDecimal(value.toString());
        }
        if (value instanceof BigDecimal d) {
            BigDecimal shown = d.stripTrailingZeros();
            if (shown.precision() > EXCEL_DIGITS) {
                text(cell, d.toPlainString());
                return;
            }
            // The shortest decimal that reads back as this double is the number itself, so a reader
            // that prints the double (Excel, openpyxl) gets back exactly the value written.
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(style(numberFormat(field, shown)));
            measure(sheet, col, d.toPlainString() + "   ");
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(style("yyyy-mm-dd"));
            measure(sheet, col, "2000-00-00 ");
        } else {
            text(cell, value.toString());
        }
    }

    private static String numberFormat(FieldDef field, BigDecimal shown) {
        boolean percent = field != null && field.kind().rate();
        int own = Math.max(0, shown.scale() - (percent ? 2 : 0));
        // Money and rates show at least their round's places; other figures the places they hold.
        int places = Math.max(own, field != null && field.kind().ownRound() != null ? field.roundOrDefault() : 0);
        String decimals = places > 0 ? "." + "0".repeat(places) : "";
        if (percent) {
            return "0" + decimals + "%";
        }
        return (field != null && field.kind().grouped() ? "#,##0" : "0") + decimals;
    }

    void text(Cell cell, String text) {
        // Excel stores at most 32,767 characters in a cell; longer text is cut with a mark rather than refused.
        String t = text.length() > 32_767 ? text.substring(0, 32_766) + "…" : text;
        cell.setCellValue(t);
        // Full-width signs too: Excel with a Chinese input method reads ＝1+1 as a formula when it is typed.
        boolean formulaLike = !t.isEmpty() && "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(t.charAt(0)) >= 0;
        boolean multiline = t.indexOf('\n') >= 0 || Width.of(t) > MAX_WIDTH;
        if (formulaLike || multiline) {
            cell.setCellStyle(style((formulaLike ? "quote" : "") + (multiline ? "wrap" : "")));
        }
        measure(cell.getSheet(), cell.getColumnIndex(), t);
    }

    private CellStyle style(String key) {
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(plainFont);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (k.startsWith("quote") || k.endsWith("wrap")) {
                s.setDataFormat(wb.createDataFormat().getFormat("@"));
                s.setQuotePrefixed(k.startsWith("quote"));
                s.setWrapText(k.endsWith("wrap"));
            } else {
                s.setDataFormat(wb.createDataFormat().getFormat(k));
            }
            return s;
        });
    }

    private void measure(Sheet sheet, int col, String text) {
        int[] w = widths.computeIfAbsent(sheet, s -> new int[16]);
        if (col >= w.length) {
            w = java.util.Arrays.copyOf(w, Math.max(col + 1, w.length * 2));
            widths.put(sheet, w);
        }
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, Width.of(line));
        }
        w[col] = Math.max(w[col], Math.min(longest + 1, MAX_WIDTH));
    }

    /** Widths set from what was written; then the workbook as bytes, its temporary files deleted. */
    byte[] bytes() {
        for (Map.Entry<Sheet, int[]> e : widths.entrySet()) {
            int[] w = e.getValue();
            for (int c = 0; c < w.length; c++) {
                if (w[c] > 0) {
                    e.getKey().setColumnWidth(c, Math.max(6, w[c]) * 256 + 200);
                }
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        wb.dispose();
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Display width as Excel and a terminal count it: East Asian wide characters take two. */
    static final class Width {
        private Width() {
        }

        static int of(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                w += wide(cp) ? 2 : 1;
            }
            return w;
        }

        private static boolean wide(int cp) {
            return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
        }
    }
}
