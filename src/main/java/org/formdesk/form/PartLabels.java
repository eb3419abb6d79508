package org.formdesk.form;

import java.util.List;

/** The three fields every indicator gets, labelled in the form's language. */
record PartLabels(String score, String analysis, String deduction, String separator) {

    static PartLabels of(String language) {
        return "en".equals(language)
                ? new PartLabels("score", "analysis", "reason for deduction", " · ")
                : new PartLabels("自评得分", "分析说明", "扣分原因", "·");
    }

    List<FieldDef> fieldsOf(IndicatorDef ind) {
        FieldDef score = new FieldDef(ind.scoreId(), ind.label() + separator + score(), FieldType.SCORE,
                null, true, null, java.math.BigDecimal.ZERO, ind.max(), null, null, null, null, null, 2, false,
                null, null, null, null, null, null, ind.stepOrDefault(), null, null, null, null, null);
        FieldDef deduction = new FieldDef(ind.deductionId(), ind.label() + separator + deduction(),
                FieldType.LONGTEXT, null, null, ind.scoreId() + " < " + ind.max().toPlainString(), null, null,
                2000, null, null, null, null, null, null, null, null, null, null, null, null, null, 3, null, null, null, null);
        FieldDef analysis = new FieldDef(ind.analysisId(), ind.label() + separator + analysis(),
                FieldType.LONGTEXT, ind.help(), ind.analysisRequired(), null, null, null, 8000, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 6, null, null, null, null);
        return List.of(score, deduction, analysis);
    }
}
