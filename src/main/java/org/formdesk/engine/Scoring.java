package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.formdesk.form.Form;
import org.formdesk.form.GradeBand;
import org.formdesk.form.IndicatorDef;
import org.formdesk.form.ScoringDef;

/** Adds up the indicator scores and finds the grade band the total falls in. */
final class Scoring {
    private Scoring() {
    }

    static ScoreCard card(Form form, FormState state) {
        List<IndicatorScore> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (IndicatorDef ind : form.indicators()) {
            BigDecimal score = state.value(ind.scoreId()) instanceof BigDecimal d && state.fieldErrors(ind.scoreId()).isEmpty()
                    ? d : null;
            if (score == null) {
                complete = false;
            } else {
                total = total.add(score);
            }
            Object reason = state.value(ind.deductionId());
            rows.add(new IndicatorScore(ind.id(), ind.group(), ind.label(), ind.max(), score, ind.metrics(),
                    reason == null ? null : reason.toString()));
        }
        ScoringDef scoring = form.scoring().orElse(null);
        BigDecimal max = scoring == null ? form.indicatorMaxTotal() : scoring.max();
        String grade = null;
        BigDecimal sum = total;
        if (complete && scoring != null) {
            grade = scoring.grades().stream()
                    .sorted(Comparator.comparing(GradeBand::min).reversed())
                    .filter(b -> sum.compareTo(b.min()) >= 0)
                    .map(GradeBand::grade)
                    .findFirst().orElse(null);
        }
        return new ScoreCard(rows, total, max, grade, complete);
    }
}
