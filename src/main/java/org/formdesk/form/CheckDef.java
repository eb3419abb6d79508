package org.formdesk.form;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * A cross-check. Either a comparison ({@code left op right}, so a message can show both sides and
 * the difference) or a plain condition ({@code assert}). A comparison passes when the difference is
 * strictly below {@code tolerance}: tolerance 0.01 lets 0.0015 of rounding through but not 0.01.
 */
public record CheckDef(
        @NotBlank @Pattern(regexp = Ids.FIELD_ID, message = Ids.FIELD_ID_MESSAGE) String id,
        Severity severity,
        String left,
        @Pattern(regexp = "=|==|!=|<|<=|>|>=|≤|≥|≠", message = "must be one of = != < <= > >=") String op,
        String right,
        @JsonProperty("assert") String condition,
        @PositiveOrZero BigDecimal tolerance,
        String when,
        String message,
        List<String> fields) {

    public CheckDef {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Severity severityOrDefault() {
        return severity == null ? Severity.ERROR : severity;
    }

    public BigDecimal toleranceOrZero() {
        return tolerance == null ? BigDecimal.ZERO : tolerance;
    }

    public boolean isComparison() {
        return left != null;
    }
}
