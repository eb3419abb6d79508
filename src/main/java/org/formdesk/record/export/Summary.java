package org.formdesk.record.export;

import org.formdesk.form.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.FormState;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.engine.ScoreCard;
import org.formdesk.engine.Verdict;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.record.RecordRead;

/**
 * The row `collect` writes for each record, with columns derived from the form alone: the file, the
 * record keys (year, unit), the status, every required figure and every computed one (amounts and
 * rates) in form order, every indicator score, the total, maximum and grade, and the counts of
 * errors, warnings and unexplained warnings as `formdesk validate` counts them.
 */
public final class Summary {
    private final Form form;
    private final List<String> keyIds;
    private final List<FieldDef> figures = new ArrayList<>();
    private final Table table;

    public Summary(Form form) {
        this.form = form;
        ExportWords words = ExportWords.of(form.language());
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("file", words.t("file")));
        keyIds = form.recordKeyIds();
        for (String id : keyIds) {
            columns.add(new Column(id, Headers.label(form.fields().get(id), words)));
        }
        columns.add(new Column("status", words.t("status")));
        for (FieldDef f : form.fields().values()) {
            boolean requiredFigure = f.isRequired() && f.kind().numeric() && !f.kind().score();
            if ((f.isComputed() || requiredFigure) && !keyIds.contains(f.id())) {
                figures.add(f);
                columns.add(new Column(f.id(), Headers.label(f, words)));
            }
        }
        for (var ind : form.indicators()) {
            columns.add(new Column(ind.scoreId(), form.label(ind.scoreId())));
        }
        if (!form.indicators().isEmpty()) {
            columns.addAll(Headers.scoreColumns(words));
        }
        columns.add(new Column("errors", words.t("errors")));
        columns.add(new Column("warnings", words.t("warnings")));
        columns.add(new Column("unexplained", words.t("unexplained")));
        this.table = new Table(columns);
    }

    public Form form() {
        return form;
    }

    public Table table() {
        return table;
    }

    /** Adds the row of one record that was read (its state built from it). */
    public void add(String file, RecordRead read, FormState state) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file);
        for (String id : keyIds) {
            row.put(id, entered(state, form.fields().get(id)));
        }
        row.put("status", read.record().status().yamlName());
        for (FieldDef f : figures) {
            row.put(f.id(), f.isComputed() ? Values.computedFigure(state, f) : entered(state, f));
        }
        if (!form.indicators().isEmpty()) {
            ScoreCard card = state.scoreCard();
            for (IndicatorScore s : card.indicators()) {
                if (!s.isRow()) { // a table's indicator rows vary in number: collect's long scores sheet holds them
                    row.put(s.id() + ".score", Decimals.canonical(s.score()));
                }
            }
            row.put("score.total", Decimals.canonical(card.total()));
            row.put("score.max", Decimals.canonical(card.max()));
            row.put("score.grade", card.grade());
        }
        Verdict verdict = Verdict.of(state, read.record().explanations());
        row.put("errors", (long) read.issues().size() + verdict.errors().size());
        row.put("warnings", (long) verdict.warnings().size() + read.notes().size());
        row.put("unexplained", (long) verdict.unexplained().size());
        table.add(row);
    }

    /**
     * An entered field's value as the engine read it: an exact number as a BigDecimal, a whole-number field's
     * as a BigInteger, so JSON gets the right type. A rate is its canonical text (98%, as typed), as is
     * anything not a number, and what does not read is the text typed.
     */
    private static Object entered(FormState state, FieldDef f) {
        if (f.kind().numeric() && !f.kind().rate() && state.value(f.id()) instanceof BigDecimal n) {
            return f.kind().whole() ? n.toBigIntegerExact() : n;
        }
        return Values.entered(state, f);
    }
}
