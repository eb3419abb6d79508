package org.formdesk.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * A performance indicator (二级指标) under a group (一级指标). The form file gives its maximum and the
 * fields it shows; the loader adds three fields of its own: {@code <id>.score}, {@code <id>.analysis}
 * and {@code <id>.deduction_reason} (required while the score is below the maximum).
 */
public record IndicatorDef(
        @NotBlank @Pattern(regexp = Ids.FIELD_ID, message = Ids.FIELD_ID_MESSAGE) String id,
        @NotBlank String group,
        @NotBlank String label,
        @NotNull @PositiveOrZero BigDecimal max,
        @Positive BigDecimal step,
        String help,
        Boolean analysisRequired,
        List<@Valid FieldDef> fields,
        List<String> metrics) {

    public static final BigDecimal DEFAULT_STEP = new BigDecimal("0.5");

    public IndicatorDef {
        fields = fields == null ? List.of() : List.copyOf(fields);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public BigDecimal stepOrDefault() {
        return step == null ? DEFAULT_STEP : step;
    }

    public String scoreId() {
        return id + ".score";
    }

    public String analysisId() {
        return id + ".analysis";
    }

    public String deductionId() {
        return id + ".deduction_reason";
    }
}
