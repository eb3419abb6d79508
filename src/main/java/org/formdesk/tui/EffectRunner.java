package org.formdesk.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.record.DraftRepository;

/**
 * Does what the update asked for, outside it: saves the draft, writes the record, runs the editor, rings
 * the bell, keeps a timer until the shell's wait sees it due. Every outcome, failures included, goes back
 * to the update as a message; nothing is thrown.
 */
record EffectRunner(DraftRepository drafts, Shell shell, Runnable bell, boolean chinese, Timers timers) {

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
            } catch (ExternalEditor.NoEditor e) {
                return new Msg.EditorResult(null, null, e.tried);
            } catch (ExternalEditor.EditorExited e) {
                return new Msg.EditorResult(null, chinese ? "编辑器 " + e.program + " 以状态 " + e.status + " 结束，文本未改动"
                        : e.program + " ended with status " + e.status + "; the text is unchanged");
            } catch (IOException | RuntimeException e) {
                return new Msg.EditorResult(null, org.formdesk.record.Failure.sentence(e, chinese, null));
            }
        }
        if (effect instanceof Effect.Bell) {
            bell.run();
        }
        if (effect instanceof Effect.After after) {
            timers.schedule(after);
        }
        return null;
    }

    /** In the session's language and without Java class names ("the disk is full", not an exception). */
    private String why(Exception e) {
        return org.formdesk.record.Failure.sentence(e, chinese, drafts.draft());
    }
}
