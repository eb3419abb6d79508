package org.formdesk.record;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.formdesk.form.Problem;
import org.formdesk.form.SourceLocation;
import org.formdesk.form.Utf8;

/**
 * What a record or draft may be, checked in one pass over its bytes before any parser sees them, so
 * that reading costs time and memory in proportion to the file and a session with a small heap never
 * runs out: the file's size, strict UTF-8 (an overlong "/" is refused, not read as "/"), the longest line
 * (the YAML scanner's cost grows with the square of an unbroken run), and, while the document is read,
 * the longest value and the number of keys and of list items. Every refusal names the limit and where.
 */
public final class ReadLimits {
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** The longest line, and the longest value (a long text is a few thousand characters). */
    public static final int MAX_LINE = 65_536;
    public static final int MAX_VALUE = 65_536;
    /** Keys in all mappings together, and items in all lists together. */
    public static final int MAX_KEYS = 50_000;
    public static final int MAX_ITEMS = 50_000;

    private ReadLimits() {
    }

    /** A refusal: where, and the sentence in English and in Chinese. */
    public record Refusal(SourceLocation at, String en, String zh) {
        public Problem problem() {
            return new Problem(at, en);
        }
    }

    /** Thrown while a document is read, when it has more keys, items or a longer value than allowed. */
    static final class Exceeded extends java.io.IOException {
        final transient Refusal refusal;

        Exceeded(Refusal refusal) {
            super(refusal.en());
            this.refusal = refusal;
        }
    }

    public static Refusal tooLarge(String file, long size) {
        return new Refusal(SourceLocation.unknown(file),
                "is " + mib(size) + "; a record may be at most " + mib(MAX_BYTES) + " (the file size limit)",
                "文件有 " + mib(size) + "，超过记录文件的大小上限 " + mib(MAX_BYTES));
    }

    /**
     * The text of the bytes, or a refusal: not UTF-8 (line, column and the byte), or a line longer than
     * {@link #MAX_LINE}. A byte-order mark at the start is dropped.
     */
    public static Object decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int length = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return badByte(file, bytes, in.position());
            }
            out.flip();
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    length = 0;
                } else if (++length > MAX_LINE) {
                    return lineTooLong(new SourceLocation(file, line, 1), line);
                }
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static Refusal badByte(String file, byte[] bytes, int at) {
        Utf8.BadByte bad = Utf8.at(bytes, at);
        return new Refusal(new SourceLocation(file, bad.line(), bad.column()),
                "not valid UTF-8: byte " + bad.hex() + " at line " + bad.line() + ", column " + bad.column() + " (byte "
                        + bad.offset() + " of the file); save the file as UTF-8",
                "不是有效的 UTF-8 文本：第 " + bad.line() + " 行第 " + bad.column() + " 列（文件第 " + bad.offset() + " 个字节）的字节 "
                        + bad.hex());
    }

    static Refusal lineTooLong(SourceLocation at, int line) {
        return new Refusal(at, "line " + line + " is longer than " + MAX_LINE + " characters (the line length limit)",
                "第 " + line + " 行超过每行 " + MAX_LINE + " 个字符的上限");
    }

    static Refusal valueTooLong(SourceLocation at, int length) {
        return new Refusal(at, "a value of " + length + " characters; a value may be at most " + MAX_VALUE
                + " (the value length limit)", "有一个值长 " + length + " 个字符，超过每个值 " + MAX_VALUE + " 个字符的上限");
    }

    static Refusal tooManyKeys(SourceLocation at) {
        return new Refusal(at, "more than " + MAX_KEYS + " keys; a record may have at most " + MAX_KEYS
                + " (the key count limit)", "键超过 " + MAX_KEYS + " 个（键数上限）");
    }

    static Refusal tooManyItems(SourceLocation at) {
        return new Refusal(at, "more than " + MAX_ITEMS + " list items (rows); a record may have at most " + MAX_ITEMS
                + " (the row count limit)", "列表项（行）超过 " + MAX_ITEMS + " 个（行数上限）");
    }

    static Refusal secondDocument(SourceLocation at) {
        return new Refusal(at, "a second YAML document starts here; a record is one document",
                "这里开始了第二个 YAML 文档；一个记录只能有一个文档");
    }

    /**
     * A reading problem in Chinese, for a screen in Chinese: this class's own refusals word for word, any
     * other by its kind (the place, file:line:column, says the rest).
     */
    public static String zh(Problem p) {
        String en = p.message();
        if (en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return en; // worded in Chinese already
        }
        java.util.regex.Matcher m;
        if ((m = java.util.regex.Pattern.compile("^is (.+); a record may be at most (.+) \\(the file size limit\\)$").matcher(en)).find()) {
            return "文件有 " + m.group(1) + "，超过记录文件的大小上限 " + m.group(2);
        }
        if ((m = java.util.regex.Pattern.compile("^not valid UTF-8: byte (0x..) at line (\\d+), column (\\d+) \\(byte (\\d+) ").matcher(en)).find()) {
            return "不是有效的 UTF-8 文本：第 " + m.group(2) + " 行第 " + m.group(3) + " 列（文件第 " + m.group(4) + " 个字节）的字节 "
                    + m.group(1);
        }
        for (Refusal r : new Refusal[] {lineTooLong(p.location(), 0), valueTooLong(p.location(), 0), tooManyKeys(p.location()),
            tooManyItems(p.location()), secondDocument(p.location())}) {
            if (en.replaceAll("[0-9]+", "#").equals(r.en().replaceAll("[0-9]+", "#"))) {
                return numbersOf(en, r);
            }
        }
        if (en.startsWith("not valid YAML") || en.startsWith("not valid JSON") || en.startsWith("YAML aliases")
                || en.startsWith("nested deeper")) {
            return "格式有误，不是有效的 YAML";
        }
        return "不是本表单的有效草稿";
    }

    /** The zh sentence with the numbers of the en one put back in order. */
    private static String numbersOf(String en, Refusal template) {
        java.util.regex.Matcher nums = java.util.regex.Pattern.compile("[0-9]+").matcher(en);
        java.util.regex.Matcher slots = java.util.regex.Pattern.compile("[0-9]+").matcher(template.zh());
        java.util.List<String> values = new java.util.ArrayList<>();
        while (nums.find()) {
            values.add(nums.group());
        }
        java.util.List<String> templateEn = new java.util.ArrayList<>();
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("[0-9]+").matcher(template.en());
        while (t.find()) {
            templateEn.add(t.group());
        }
        StringBuilder out = new StringBuilder();
        while (slots.find()) {
            int i = templateEn.indexOf(slots.group());
            slots.appendReplacement(out, i >= 0 && i < values.size() ? values.get(i) : slots.group());
        }
        slots.appendTail(out);
        return out.toString();
    }

    private static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + " MiB"
                : String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
