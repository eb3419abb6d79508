package org.formdesk.engine;

import java.util.List;

/**
 * The engine's own words (messages about fields and checks), from phrases/engine.*.properties; {0}… are
 * labels and values, shown as written.
 */
public record Texts(Phrasebook book, int index) implements Phrases {
    private static final List<Texts> LANGUAGES = Phrasebook.load("engine").each(Texts::new);

    public static Texts of(String language) {
        return LANGUAGES.get(Phrasebook.index(language));
    }
}
