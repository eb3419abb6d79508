package org.formdesk.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;

/**
 * The declared maximum total and the grade bands (checked in order of descending minimum). {@code total},
 * when given, is an expression for the total; else the total is the sum of every indicator's score, fixed
 * indicators and indicator rows alike.
 */
public record ScoringDef(@NotNull @Positive BigDecimal max, List<@Valid GradeBand> grades, String total) {
    public ScoringDef {
        grades = grades == null ? List.of() : List.copyOf(grades);
    }
}
