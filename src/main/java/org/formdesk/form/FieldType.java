package org.formdesk.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.formdesk.form.kind.FieldKind;
import org.formdesk.form.kind.FieldKinds;

/** The kinds of field a form can declare; the YAML spelling is the lower-case name with dashes. */
public enum FieldType {
    TEXT, LONGTEXT, INTEGER, MONEY, DECIMAL, PERCENT, DATE, PHONE, CHOICE, BOOLEAN, TABLE, SCORE;

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FieldType fromYaml(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (FieldType t : values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown field type '" + text + "'; expected one of "
                + Arrays.stream(values()).map(FieldType::yamlName).collect(Collectors.joining(", ")));
    }

    /** What this type of field is: how it reads, shows and is written ({@link FieldKinds} registers one per type). */
    public FieldKind kind() {
        return FieldKinds.of(this);
    }

    /** An exact number: the kind's one meaning of numeric. */
    public boolean isNumeric() {
        return kind().numeric();
    }
}
