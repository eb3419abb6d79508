package org.formdesk.tui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.formdesk.record.DraftSummary;

/**
 * Before the screen starts: the user's drafts of this form, newest first, and a one-line question —
 * resume one (Enter takes the newest) or start anew. Plain lines, so it works in any terminal.
 */
public final class DraftChooser {
    private DraftChooser() {
    }

    /** The draft to resume, or empty for a new one. */
    public static Optional<Path> choose(List<DraftSummary> drafts, BufferedReader in, PrintWriter out, Words words)
            throws IOException {
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        out.println(words.t("draftsHeading"));
        for (int i = 0; i < drafts.size(); i++) {
            DraftSummary d = drafts.get(i);
            out.println(words.t("draftLine", i + 1, d.file().getFileName(), dash(d.unit()), dash(d.year()),
                    d.progress(), dash(org.formdesk.record.LocalTimes.show(d.lastSaved())))
                    + (d.isFinal() ? "  " + words.t("draftFinal", d.record() == null ? "—" : d.record()) : ""));
        }
        while (true) {
            out.print(words.t("draftChoose"));
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return Optional.empty();
            }
            String answer = line.strip();
            if (answer.isEmpty()) {
                return Optional.of(drafts.get(0).file());
            }
            if (answer.equalsIgnoreCase("n")) {
                return Optional.empty();
            }
            try {
                int n = Integer.parseInt(answer);
                if (n >= 1 && n <= drafts.size()) {
                    return Optional.of(drafts.get(n - 1).file());
                }
            } catch (NumberFormatException e) {
                // fall through to the hint below
            }
            out.println(words.t("draftChoiceBad", drafts.size()));
        }
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
