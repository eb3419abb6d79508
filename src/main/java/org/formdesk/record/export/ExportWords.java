package org.formdesk.record.export;

import java.util.List;
import org.formdesk.engine.Phrasebook;
import org.formdesk.engine.Phrases;

/**
 * The exports' own words (column headers and report headings) in the form's language, from
 * phrases/exports.*.properties.
 */
record ExportWords(Phrasebook book, int index) implements Phrases {
    private static final List<ExportWords> LANGUAGES = Phrasebook.load("exports").each(ExportWords::new);

    static ExportWords of(String language) {
        return LANGUAGES.get(Phrasebook.index(language));
    }
}
