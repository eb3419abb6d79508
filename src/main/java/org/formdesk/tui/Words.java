package org.formdesk.tui;

import java.util.List;
import org.formdesk.engine.Phrasebook;
import org.formdesk.engine.Phrases;

/**
 * The screen's own words (keys, prompts, notes), from phrases/screen.*.properties; the engine's are
 * {@link org.formdesk.engine.Texts}.
 */
public record Words(Phrasebook book, int index) implements Phrases {
    private static final List<Words> LANGUAGES = Phrasebook.load("screen").each(Words::new);

    public static Words of(String language) {
        return LANGUAGES.get(Phrasebook.index(language));
    }
}
