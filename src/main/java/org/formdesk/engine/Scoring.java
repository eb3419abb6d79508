package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.form.ChoiceOption;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.GradeBand;
import org.formdesk.form.IndicatorDef;
import org.formdesk.form.RowIndicators;
import org.formdesk.form.ScoringDef;
import org.formdesk.form.Section;

/**
 * Adds up the indicator scores, fixed indicators and indicator rows alike (or evaluates the form's own
 * {@code scoring.total}), and finds the grade band the total falls in.
 */
final class Scoring {
    private Scoring() {
    }

    static ScoreCard card(Form form, FormState state) {
        List<IndicatorScore> rows = new ArrayList<>();
        for (Section section : form.sections()) {
            for (FieldDef fd : section.fields()) {
                IndicatorDef ind = form.indicatorOf(fd.id()).orElse(null);
                if (ind != null && fd.id().equals(ind.scoreId())) {
                    Object reason = state.value(ind.deductionId());
                    rows.add(new IndicatorScore(ind.id(), ind.group(), ind.label(), ind.max(),
                            valid(state, ind.scoreId(), state.value(ind.scoreId())), ind.metrics(),
                            reason == null ? null : reason.toString()));
                } else if (fd.kind().table() && fd.indicators() != null) {
                    rows.addAll(indicatorRows(fd, state));
                }
            }
        }
        rows = grouped(rows);
        boolean complete = true;
        BigDecimal total = BigDecimal.ZERO;
        for (IndicatorScore s : rows) {
            if (s.score() == null || s.max() == null) {
                complete = false;
            }
            if (s.score() != null) {
                total = total.add(s.score());
            }
        }
        CompiledExpression expression = state.engine().scoringTotal();
        if (expression != null) {
            BigDecimal given = expression.evaluate(state).number();
            if (given == null) {
                complete = false;
            } else {
                total = given;
            }
        }
        ScoringDef scoring = form.scoring().orElse(null);
        BigDecimal max = scoring == null ? form.indicatorMaxTotal() : scoring.max();
        String grade = null;
        BigDecimal sum = total;
        if (complete && scoring != null) {
            grade = scoring.grades().stream()
                    .sorted((a, b) -> b.min().compareTo(a.min())) // highest first; a plain lambda (see Reasons.labels)
                    .filter(b -> sum.compareTo(b.min()) >= 0)
                    .map(GradeBand::grade)
                    .findFirst().orElse(null);
        }
        return new ScoreCard(rows, total, max, grade, complete);
    }

    private static BigDecimal valid(FormState state, String fieldId, Object value) {
        return value instanceof BigDecimal d && state.fieldErrors(fieldId).isEmpty() ? d : null;
    }

    /** Each row of an indicator table as an indicator: its group, label cell, 分值 and 得分. */
    private static List<IndicatorScore> indicatorRows(FieldDef table, FormState state) {
        List<IndicatorScore> out = new ArrayList<>();
        RowIndicators ri = table.indicators();
        if (!(state.value(table.id()) instanceof List<?> list)) {
            return out;
        }
        String labelColumn = table.rowLabelColumn();
        for (int r = 0; r < list.size(); r++) {
            Map<?, ?> cells = list.get(r) instanceof Map<?, ?> m ? m : Map.of();
            String group = ri.groupColumn() != null ? text(cells.get(ri.groupColumn())) : ri.group();
            String label = labelColumn == null ? null : text(cells.get(labelColumn));
            Object reason = ri.reason() == null ? null : cells.get(ri.reason());
            out.add(new IndicatorScore(table.id() + "#" + (r + 1), group == null ? "—" : group,
                    label == null ? state.engine().texts().t("rowAt", table.label(), r + 1).replaceAll("[：:]\\s*$", "")
                            : label,
                    number(cells.get(ri.max())), number(cells.get(ri.score())), List.of(),
                    reason == null ? null : reason.toString(), table.id(), r + 1));
        }
        FieldDef groupColumn = ri.groupColumn() == null ? null : table.column(ri.groupColumn());
        if (groupColumn != null && groupColumn.kind().choosesOption()) {
            List<String> order = groupColumn.options().stream().map(ChoiceOption::value).toList();
            out.sort((a, b) -> Integer.compare(rank(order, a.group()), rank(order, b.group())));
        }
        return out;
    }

    /** Where a group comes in the column's options; one not among them after them all. */
    private static int rank(List<String> order, String group) {
        int at = order.indexOf(group);
        return at < 0 ? order.size() : at;
    }

    /** Stable: each group's indicators together, groups in the order they first appear. */
    private static List<IndicatorScore> grouped(List<IndicatorScore> rows) {
        Map<String, List<IndicatorScore>> byGroup = new LinkedHashMap<>();
        for (IndicatorScore s : rows) {
            byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        }
        List<IndicatorScore> out = new ArrayList<>();
        byGroup.values().forEach(out::addAll);
        return out;
    }

    private static String text(Object cell) {
        return cell == null || cell.toString().isBlank() ? null : cell.toString();
    }

    private static BigDecimal number(Object cell) {
        return cell instanceof BigDecimal d ? d : null;
    }
}
