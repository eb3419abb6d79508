package org.formdesk.tui;

import java.io.IOException;

/** What the screen asks of the world outside it: running the user's editor on a text. */
public interface Shell {
    /** The edited text, or null when the editor failed or the user left it unchanged. */
    String edit(String text) throws IOException;
}
