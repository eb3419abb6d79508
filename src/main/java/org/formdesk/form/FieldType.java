package org.formdesk.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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

    public boolean isNumeric() {
        return this == INTEGER || this == MONEY || this == DECIMAL || this == PERCENT || this == SCORE;
    }

    /** Amounts that add up down a table's column (a rate or a score does not): the screen shows their sum. */
    public boolean isSummable() {
        return this == INTEGER || this == MONEY || this == DECIMAL;
    }

    public boolean isTextual() {
        return this == TEXT || this == LONGTEXT || this == PHONE || this == CHOICE;
    }
}
