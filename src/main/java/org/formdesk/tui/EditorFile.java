package org.formdesk.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file an editor has open for a long text, and the text it was given: what the editor has written
 * there (the user saved in it; nano also writes its buffer to FILE.save when its terminal goes) can be
 * read back even when the editor does not end well, as when the link drops while it is open.
 */
record EditorFile(Path file, String given) {
    Path rescued() {
        return file.resolveSibling(file.getFileName() + ".save");
    }

    /** The text the editor left (nano's rescued buffer first), if it differs from what it was given. */
    Optional<String> read() {
        try {
            for (Path p : new Path[] {rescued(), file}) {
                if (Files.isRegularFile(p)) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    if (!text.equals(given)) {
                        return Optional.of(text);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable (not UTF-8, gone): nothing to take back.
        }
        return Optional.empty();
    }

    /** Removes the file and nano's rescue of it: they hold the user's text in a shared temporary folder. */
    void remove() {
        try {
            Files.deleteIfExists(rescued());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left in the temporary folder, readable by its owner only.
        }
    }
}
