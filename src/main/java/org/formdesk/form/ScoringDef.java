package org.formdesk.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;

/** The declared maximum total and the grade bands (checked in order of descending minimum). */
public record ScoringDef(@NotNull @Positive BigDecimal max, List<@Valid GradeBand> grades) {
    public ScoringDef {
        grades = grades == null ? List.of() : List.copyOf(grades);
    }
}
