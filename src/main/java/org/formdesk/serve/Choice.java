package org.formdesk.serve;

import java.nio.file.Path;
import org.formdesk.engine.Engine;

/** What the user picked on the first screen. */
sealed interface Choice {
    /** Open a draft: an existing one ({@code draft} exists) or a new one of {@code engine}'s form. */
    record Open(Engine engine, Path draft) implements Choice {
    }

    /** Show the screens in the other charset (UTF-8 ⇄ GBK). */
    record SwitchCharset() implements Choice {
    }

    record Quit() implements Choice {
    }
}
