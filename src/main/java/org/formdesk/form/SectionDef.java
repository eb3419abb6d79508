package org.formdesk.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

public record SectionDef(
        @NotBlank @Pattern(regexp = Ids.FIELD_ID, message = Ids.FIELD_ID_MESSAGE) String id,
        @NotBlank String title,
        String help,
        List<@Valid FieldDef> fields,
        List<@Valid IndicatorDef> indicators) {

    public SectionDef {
        fields = fields == null ? List.of() : List.copyOf(fields);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
