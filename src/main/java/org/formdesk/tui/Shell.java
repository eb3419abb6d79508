package org.formdesk.tui;

import java.io.IOException;
import java.util.Optional;

/** What the screen asks of the world outside it: running the user's editor on a text. */
public interface Shell {
    /** The edited text, or null when the editor failed or the user left it unchanged. */
    String edit(String text) throws IOException;

    /**
     * For a hang-up while {@link #edit} runs (or has just returned, its result not yet taken): the text the
     * editor has written to its file, if it differs from what it was given, whatever the editor's fate.
     */
    default Optional<String> takeBack() {
        return Optional.empty();
    }
}
