package org.formdesk.cli;

import java.util.List;
import org.formdesk.engine.Phrasebook;
import org.formdesk.engine.Phrases;

/**
 * What the commands print for people in the form's language, from phrases/commands.*.properties; JSON output
 * keeps its English keys and ids.
 */
record CliWords(Phrasebook book, int index) implements Phrases {
    private static final List<CliWords> LANGUAGES = Phrasebook.load("commands").each(CliWords::new);

    static CliWords of(String language) {
        return LANGUAGES.get(Phrasebook.index(language));
    }
}
