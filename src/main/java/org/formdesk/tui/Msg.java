package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything that can happen to a fill session, as data: what the user does (a key, a paste, an answer in
 * the line mode), what the terminal does (a resize, the link dropping), and what comes back from an
 * effect (a save, the editor, the written record, a timer). {@link Update} turns each into a new state and effects.
 */
public sealed interface Msg {
    record Key(KeyStroke key) implements Msg {
    }

    /** Text pasted at once (a bracketed paste): one change, never a run of keys. */
    record Paste(String text) implements Msg {
    }

    record Resize(int columns, int rows) implements Msg {
    }

    /** The SSH link dropped or the process is asked to stop: save what is typed. */
    record HangUp() implements Msg {
    }

    /** The hosted session ends after this long without a key, saving first; a local fill has no such limit. */
    record IdleLimit(Duration after) implements Msg {
    }

    /**
     * An idle timer came due. {@code generation} numbers the timer: a key since it was set makes it stale,
     * and only the newest one ends the session.
     */
    record Idle(long generation) implements Msg {
    }

    /** A draft save ended; {@code failure} is null when it worked. */
    record Saved(Effect.Then then, String failure) implements Msg {
    }

    /**
     * The editor came back: the edited text (null when unchanged), or why it failed; {@code tried} is
     * not empty when no editor could be found, and names what was tried.
     */
    record EditorResult(String text, String failure, List<String> tried) implements Msg {
        EditorResult(String text, String failure) {
            this(text, failure, List.of());
        }
    }

    /** The final record was written (its paths), or why it was not. */
    record Written(List<String> paths, String failure) implements Msg {
    }

    /** The line mode: a whole value answered at once (null empties it). */
    record Answer(String fieldId, String text) implements Msg {
    }

    /** The line mode: a whole table answered at once. */
    record AnswerRows(String tableId, List<Map<String, String>> rows) implements Msg {
    }

    /** An explanation for a failed warning. */
    record Explain(String checkId, String text) implements Msg {
    }

    /** The line mode: save the draft now. */
    record Save() implements Msg {
    }

    /** The line mode: finalise now (the explanations having been given). */
    record Finalize() implements Msg {
    }
}
