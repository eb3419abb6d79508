package org.formdesk.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** A form file exactly as written, bound by Jackson and checked by Bean Validation. */
public record FormDefinition(
        @NotBlank @Pattern(regexp = Ids.FORM_ID, message = Ids.FORM_ID_MESSAGE) String id,
        @NotBlank String version,
        @NotBlank String title,
        @Pattern(regexp = "zh|en", message = "must be zh or en") String language,
        RecordKeys record,
        @NotEmpty List<@Valid SectionDef> sections,
        List<@Valid CheckDef> checks,
        @Valid ScoringDef scoring,
        PrintDef print) {

    public FormDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public String languageOrDefault() {
        return language == null ? "zh" : language;
    }
}
