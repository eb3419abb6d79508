package org.formdesk.record;

import java.util.Locale;

public enum RecordStatus {
    DRAFT, FINAL;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordStatus parse(String text) {
        for (RecordStatus s : values()) {
            if (s.yamlName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        return null;
    }
}
