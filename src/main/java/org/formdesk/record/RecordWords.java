package org.formdesk.record;

import java.util.List;
import org.formdesk.engine.Phrasebook;
import org.formdesk.engine.Phrases;

/** What reading a record says about the file itself, in the form's language, from phrases/records.*.properties. */
record RecordWords(Phrasebook book, int index) implements Phrases {
    private static final List<RecordWords> LANGUAGES = Phrasebook.load("records").each(RecordWords::new);

    static RecordWords of(String language) {
        return LANGUAGES.get(Phrasebook.index(language));
    }
}
