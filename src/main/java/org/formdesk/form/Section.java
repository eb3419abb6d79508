package org.formdesk.form;

import java.util.List;

/** A section as shown: its own fields followed by each indicator's fields, score, reason and analysis. */
public record Section(String id, String title, String help, List<FieldDef> fields, List<IndicatorDef> indicators) {
    public Section {
        fields = List.copyOf(fields);
        indicators = List.copyOf(indicators);
    }
}
