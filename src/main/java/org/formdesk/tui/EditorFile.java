package org.formdesk.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file an editor has open for a long text, and the text it was given: what the editor has written
 * there (the user saved in it; nano also writes its buffer to FILE.save when its terminal goes) can be
 * taken back when the link drops while the editor is still open.
 */
record EditorFile(Path file, String given) {
    Path rescued() {
        return file.resolveSibling(file.getFileName() + ".save");
    }

    /**
     * The text the editor left, if it differs from what it was given; the files are removed either way,
     * since they hold the user's text and the session is ending.
     */
    Optional<String> takeBack() {
        try {
            for (Path p : new Path[] {rescued(), file}) {
                if (Files.isRegularFile(p)) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    if (!text.equals(given)) {
                        return Optional.of(text);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            remove();
        }
    }

    void remove() {
        try {
            Files.deleteIfExists(rescued());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left in the temporary folder, readable by its owner only.
        }
    }
}
