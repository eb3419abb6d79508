package org.formdesk.engine;

/**
 * One phrase book in one language: what each table of words (the engine's {@link Texts}, the screen's, the
 * commands', the exports') hands out.
 */
public interface Phrases {
    Phrasebook book();

    /** The language's index in {@link Phrasebook#LANGUAGES}. */
    int index();

    /** The phrase named key, its {0}, {1}… replaced by the arguments as written. */
    default String t(String key, Object... args) {
        return book().t(index(), key, args);
    }

    /** The language's code: zh or en. */
    default String language() {
        return Phrasebook.LANGUAGES.get(index());
    }

    default boolean chinese() {
        return index() == 0;
    }
}
