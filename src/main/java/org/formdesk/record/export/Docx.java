package org.formdesk.record.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The Word mechanics of the printed form, kept apart from its layout ({@link DocxReport}): A4 portrait,
 * 宋体 for Chinese and Times New Roman for Latin letters and digits — with a font table that names 宋体's
 * English name SimSun and its family, so that Word and WPS substitute a serif CJK font where 宋体 is missing —
 * and Chinese sizes (小二 title, 四号 subtitle, 小四 text, 五号 tables, 小五 notes).
 */
final class Docx {
    /** The Chinese type sizes the printed form uses, in points. */
    enum Size {
        TITLE(18), SUBTITLE(14), BODY(12), TABLE(10.5), SMALL(9);

        final double points;

        Size(double points) {
            this.points = points;
        }
    }

    static final String CJK_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    /** A4 in twentieths of a point, and margins of 2.54 cm (top, bottom) and 2.3 cm (sides). */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN_TB = 1440;
    private static final int MARGIN_LR = 1304;
    static final int TEXT_W = PAGE_W - 2 * MARGIN_LR;

    private static final String FONT_TABLE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/>\
            <w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>\
            <w:sig w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/></w:font>\
            <w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>\
            <w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>\
            </w:fonts>""";

    private final XWPFDocument doc;

    Docx(XWPFDocument doc) {
        this.doc = doc;
    }

    void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TB));
        margins.setBottom(BigInteger.valueOf(MARGIN_TB));
        margins.setLeft(BigInteger.valueOf(MARGIN_LR));
        margins.setRight(BigInteger.valueOf(MARGIN_LR));
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(CJK_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
        fontTable();
    }

    private void fontTable() {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(FONT_TABLE.getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XWPFParagraph paragraph(String text, Size size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        spacing(p, size.points >= Size.SUBTITLE.points ? 120 : 40);
        run(p, text, size, bold);
        return p;
    }

    /** A section or indicator heading: the title in bold, an aside after it in plain text. */
    void heading(String title, String aside) {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr();
        p.setKeepNext(true);
        spacing(p, 80);
        p.setSpacingBefore(160);
        run(p, title, Size.BODY, true);
        if (aside != null) {
            run(p, aside, Size.BODY, false);
        }
    }

    /** The label of a long text or an item table, kept with what follows it. */
    void label(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr();
        p.setKeepNext(true);
        spacing(p, 40);
        run(p, text, Size.BODY, true);
    }

    /** One paragraph of a long text, indented two characters as Chinese prose is. */
    void text(String line) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine((int) (2 * Size.BODY.points * 20));
        spacing(p, 40);
        run(p, line, Size.BODY, false);
    }

    /** One line: the first part at the left margin, the rest at the right one. */
    void spread(List<String> parts) {
        XWPFParagraph p = doc.createParagraph();
        spacing(p, 80);
        CTTabStop tab = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_W));
        XWPFRun r = run(p, parts.get(0), Size.BODY, false);
        if (parts.size() > 1) {
            r.addTab();
            run(p, String.join("　　", parts.subList(1, parts.size())), Size.BODY, false);
        }
    }

    /** A line of the signature block, starting at the middle of the page; a blank line leaves room to sign. */
    void signatureLine(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(TEXT_W / 2);
        spacing(p, 120);
        run(p, text, Size.BODY, false);
    }

    /** Some air after a table. */
    void gap() {
        XWPFParagraph p = doc.createParagraph();
        spacing(p, 0);
        run(p, "", Size.SMALL, false);
    }

    /** A bordered table across the text width; the widths are proportions of it. */
    XWPFTable table(int rows, int[] widths) {
        XWPFTable t = doc.createTable(rows, widths.length);
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_W));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int x : widths) {
            total += x;
        }
        int[] twips = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            twips[c] = TEXT_W * widths[c] / total;
        }
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int x : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(x));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < twips.length; c++) {
                width(row.getCell(c), twips[c]);
            }
        }
        return t;
    }

    /**
     * Column widths in twips for table text measured in display columns (a Chinese character is two):
     * each column first gets its {@code least}, then what is left of the text width goes to the columns
     * by how much more they {@code want}.
     */
    static int[] columns(int[] want, int[] least) {
        int perUnit = (int) (Size.TABLE.points * 20 / 2);
        int margin = 2 * 115;
        int[] twips = new int[want.length];
        int used = 0;
        int extraWanted = 0;
        for (int c = 0; c < want.length; c++) {
            twips[c] = least[c] * perUnit + margin;
            used += twips[c];
            extraWanted += Math.max(0, want[c] - least[c]);
        }
        int left = TEXT_W - used;
        for (int c = 0; c < want.length && left > 0 && extraWanted > 0; c++) {
            twips[c] += (int) ((long) left * Math.max(0, want[c] - least[c]) / extraWanted);
        }
        return twips;
    }

    void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align, boolean label) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        spacing(p, 0);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], Size.TABLE, bold);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    /** Cells first … first+count-1 of the row become one. */
    void span(XWPFTableRow row, int first, int count) {
        XWPFTableCell cell = row.getCell(first);
        long w = 0;
        for (int i = 0; i < count; i++) {
            CTTcPr pr = tcPr(row.getCell(first + i));
            w += pr.isSetTcW() ? ((BigInteger) pr.getTcW().getW()).longValue() : 0;
        }
        tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(count));
        width(cell, (int) w);
        for (int i = 1; i < count; i++) {
            row.removeCell(first + 1);
        }
    }

    /** The cell starts (first) or continues a vertical merge with the one above. */
    void mergeDown(XWPFTableCell cell, boolean first) {
        tcPr(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    void repeatHeader(XWPFTableRow row) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr pr = tcPr(cell);
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void spacing(XWPFParagraph p, int after) {
        p.setSpacingAfter(after);
        p.setSpacingBefore(0);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    }

    private static XWPFRun run(XWPFParagraph p, String text, Size size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(CJK_FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size.points);
        r.setBold(bold);
        r.setText(text == null ? "" : text);
        return r;
    }
}
