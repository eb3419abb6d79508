package org.formdesk.form;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.formdesk.form.kind.FieldKind;

/**
 * One field as the form file declares it. Optional properties are null when absent; the
 * accessors with defaults ({@link #isRequired()}, {@link #scaleOrDefault()} …) say what absence means.
 */
public record FieldDef(
        @NotBlank @Pattern(regexp = Ids.FIELD_ID, message = Ids.FIELD_ID_MESSAGE) String id,
        @NotBlank String label,
        @NotNull FieldType type,
        String hint,
        Boolean required,
        String requiredWhen,
        BigDecimal min,
        BigDecimal max,
        @Positive Integer maxLength,
        String pattern,
        String message,
        @JsonProperty("default") String defaultValue,
        String unit,
        @PositiveOrZero Integer scale,
        Boolean negative,
        String compute,
        @PositiveOrZero Integer round,
        List<@Valid ChoiceOption> options,
        List<@Valid FieldDef> columns,
        @PositiveOrZero Integer minRows,
        @Positive Integer maxRows,
        @Positive BigDecimal step,
        @Min(1) Integer lines,
        String rowLabel,
        List<@Valid CheckDef> rowChecks,
        @Valid RowIndicators indicators,
        Boolean blankAsZero) {

    public FieldDef {
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rowChecks = rowChecks == null ? List.of() : List.copyOf(rowChecks);
    }

    /** A blank cell of this column counts as zero in sums and row rules (only when the form says so). */
    public boolean blankIsZero() {
        return Boolean.TRUE.equals(blankAsZero);
    }

    /** The column whose cell names a row in messages: {@code rowLabel}, else the first text column. */
    public String rowLabelColumn() {
        if (rowLabel != null) {
            return rowLabel;
        }
        for (FieldDef col : columns) {
            if (col.kind().prose()) {
                return col.id();
            }
        }
        return null;
    }

    /** The column with this id, or null. */
    public FieldDef column(String columnId) {
        for (FieldDef col : columns) {
            if (col.id().equals(columnId)) {
                return col;
            }
        }
        return null;
    }

    /** What this field's type is: how its values read, show and are written. */
    public FieldKind kind() {
        return type.kind();
    }

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    public boolean isComputed() {
        return compute != null && !compute.isBlank();
    }

    public boolean allowsNegative() {
        return Boolean.TRUE.equals(negative);
    }

    /** Most decimals accepted on input: money defaults to 4 (the seed has 1304.4375), decimal to 6. */
    public int scaleOrDefault() {
        if (scale != null) {
            return scale;
        }
        return kind().defaultScale();
    }

    /** Decimals shown for a computed or displayed figure; percent shows the ×100 figure. */
    public int roundOrDefault() {
        if (round != null) {
            return round;
        }
        Integer own = kind().ownRound();
        return own != null ? own : scaleOrDefault();
    }

    /** A copy of this field under another id and label: used to expand indicators. */
    public FieldDef withIdLabel(String newId, String newLabel) {
        return new FieldDef(newId, newLabel, type, hint, required, requiredWhen, min, max, maxLength, pattern,
                message, defaultValue, unit, scale, negative, compute, round, options, columns, minRows, maxRows,
                step, lines, rowLabel, rowChecks, indicators, blankAsZero);
    }

    public static FieldDef simple(String id, String label, FieldType type) {
        return new FieldDef(id, label, type, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
