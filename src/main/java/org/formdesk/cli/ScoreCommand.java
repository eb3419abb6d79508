package org.formdesk.cli;

import org.formdesk.form.Decimals;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.formdesk.engine.Display;
import org.formdesk.engine.FormState;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.engine.ScoreCard;
import org.formdesk.form.FieldDef;
import com.googlecode.lanterna.TerminalTextUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Show the indicator scores, computed metrics, total and grade.")
final class ScoreCommand implements Callable<Integer> {
    @Mixin
    RecordInput input;

    @Mixin
    Printed print;

    @Override
    public Integer call() {
        FormState state = input.load().state();
        ScoreCard card = state.scoreCard();
        Map<String, Object> computed = new LinkedHashMap<>();
        Map<String, Object> notComputed = new LinkedHashMap<>();
        for (FieldDef f : state.form().fields().values()) {
            if (f.isComputed()) {
                var c = state.computed(f.id());
                computed.put(f.id(), c == null || c.value() == null ? null : Display.computed(f, c.value()));
                if (c != null && c.value() == null && c.reason() != null) {
                    notComputed.put(f.id(), c.reason()); // why it has no figure: inputs missing, a zero divisor
                }
            }
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorScore s : card.indicators()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("group", s.group());
            row.put("label", s.label());
            row.put("max", Decimals.plain(s.max()));
            row.put("score", s.score() == null ? null : Decimals.plain(s.score()));
            if (s.isRow()) {
                row.put("table", s.table());
                row.put("row", s.row());
            }
            indicators.add(row);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (ScoreCard.Group g : card.groups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", g.name());
            row.put("max", Decimals.plain(g.max()));
            row.put("score", Decimals.plain(g.score()));
            groups.add(row);
        }
        PrintWriter out = print.out();
        if (print.asJson) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("computed", computed);
            if (!notComputed.isEmpty()) {
                result.put("notComputed", notComputed);
            }
            result.put("indicators", indicators);
            result.put("groups", groups);
            result.put("total", Decimals.plain(card.total()));
            result.put("max", Decimals.plain(card.max()));
            result.put("grade", card.grade());
            print.json(result);
            return ExitCodes.OK;
        }
        out.println(heading(state));
        boolean grouped = card.groups().size() < card.indicators().size();
        String group = null;
        for (IndicatorScore s : card.indicators()) {
            if (grouped && !s.group().equals(group)) {
                ScoreCard.Group g = card.group(s.group());
                out.println("  " + pad(s.group(), 32) + String.format("%5s / %-4s", dash(g.score()), dash(g.max())));
            }
            String g = grouped ? "  " : s.group().equals(group) ? "" : s.group();
            group = s.group();
            String label = s.isRow() ? s.row() + ". " + s.label() : s.label();
            out.println("  " + (grouped ? "  " + pad(clip(label, 28), 30) : pad(g, 6) + pad(label, 18))
                    + String.format("%5s / %-4s", dash(s.score()), dash(s.max())) + metrics(state, s));
        }
        var texts = state.engine().texts();
        out.println("  " + texts.t("total", Decimals.plain(card.total()), Decimals.plain(card.max())) + "   "
                + texts.t("grade", card.grade() == null ? "— " + texts.t("ungraded") : card.grade()));
        return ExitCodes.OK;
    }

    /** The form's title with the record's unit and year, so a printed score says whose it is. */
    private static String heading(FormState state) {
        StringBuilder sb = new StringBuilder(state.form().title());
        var keys = state.form().definition().record();
        CliWords words = CliWords.of(state.engine().texts().language());
        if (keys != null) {
            if (keys.unit() != null && state.raw(keys.unit()) != null) {
                sb.append("  ").append(words.t("unit", state.shown(keys.unit())));
            }
            if (keys.year() != null && state.raw(keys.year()) != null) {
                sb.append("  ").append(words.t("year", state.shown(keys.year())));
            }
        }
        return sb.toString();
    }

    private static String metrics(FormState state, IndicatorScore s) {
        StringBuilder sb = new StringBuilder();
        for (String id : s.metrics()) {
            sb.append("  ").append(state.form().label(id)).append(' ').append(state.shown(id));
        }
        return sb.toString();
    }

    private static String dash(java.math.BigDecimal n) {
        return n == null ? "—" : Decimals.plain(n);
    }

    /** At most this many display columns, with … when cut (a 三级指标 can be a sentence). */
    private static String clip(String text, int columns) {
        if (TerminalTextUtils.getColumnWidth(text) <= columns) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            String next = sb + new String(Character.toChars(cp));
            if (TerminalTextUtils.getColumnWidth(next) > columns - 1) {
                break;
            }
            sb.appendCodePoint(cp);
        }
        return sb + "…";
    }

    /** Pads by display columns: a Chinese character takes two. */
    private static String pad(String text, int columns) {
        int width = TerminalTextUtils.getColumnWidth(text);
        return text + " ".repeat(Math.max(1, columns - width));
    }
}
