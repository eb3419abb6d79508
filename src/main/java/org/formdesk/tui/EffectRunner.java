package org.formdesk.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.record.DraftRepository;

/**
 * Does what the update asked for, outside it: saves the draft, writes the record, runs the editor, rings
 * the bell. Every outcome, failures included, goes back to the update as a message; nothing is thrown.
 */
record EffectRunner(DraftRepository drafts, Shell shell, Runnable bell) {

    /** Runs one effect; what happened, as a message for the update (null when there is nothing to say). */
    Msg run(Effect effect) {
        if (effect instanceof Effect.SaveDraft save) {
            try {
                drafts.saveDraft(save.tree());
                return new Msg.Saved(save.then(), null);
            } catch (IOException | RuntimeException e) {
                return new Msg.Saved(save.then(), why(e));
            }
        }
        if (effect instanceof Effect.WriteRecord write) {
            try {
                List<Path> paths = drafts.writeRecord(write.tree(), write.baseName());
                return new Msg.Written(paths.stream().map(Path::toString).toList(), null);
            } catch (IOException | RuntimeException e) {
                return new Msg.Written(List.of(), why(e));
            }
        }
        if (effect instanceof Effect.OpenEditor edit) {
            try {
                return new Msg.EditorResult(shell.edit(edit.text()), null);
            } catch (IOException | RuntimeException e) {
                return new Msg.EditorResult(null, String.valueOf(e.getMessage()));
            }
        }
        if (effect instanceof Effect.Bell) {
            bell.run();
        }
        return null;
    }

    private static String why(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
