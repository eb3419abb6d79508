package org.formdesk.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A grade and the lowest total that earns it. */
public record GradeBand(@NotBlank String grade, @NotNull BigDecimal min) {
}
