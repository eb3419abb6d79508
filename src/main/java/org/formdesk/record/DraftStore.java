package org.formdesk.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Where a user's drafts live: {@code $XDG_DATA_HOME/formdesk/drafts}, else
 * {@code ~/.local/share/formdesk/drafts}; the folder 0700 and every draft 0600, since a bastion host
 * is shared and other users must not read them.
 */
public final class DraftStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    public DraftStore(Path dir) {
        this.dir = dir;
    }

    public static DraftStore forUser(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return new DraftStore(base.resolve("formdesk").resolve("drafts"));
    }

    public static DraftStore forUser() {
        return forUser(System.getenv());
    }

    /** Where finished records go unless --out says otherwise: beside the drafts, {@code …/formdesk/records}. */
    public Path recordsDir() {
        return dir.resolveSibling("records");
    }

    public Path dir() {
        return dir;
    }

    /** Creates the folder (0700) if needed and tightens it if it is looser: it is formdesk's own. */
    public Path ensureDir() throws IOException {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
        return dir;
    }

    /** A fresh draft path for the form, named by form id and time. */
    public Path newDraftPath(String formId) {
        Path p = dir.resolve(formId + "-" + LocalDateTime.now().format(STAMP) + ".yaml");
        int n = 2;
        while (Files.exists(p)) {
            p = dir.resolve(formId + "-" + LocalDateTime.now().format(STAMP) + "-" + n++ + ".yaml");
        }
        return p;
    }

    /**
     * The folder a draft given by path goes into: made (0700) when it does not exist, and otherwise left
     * exactly as it is. A folder formdesk did not make is the user's or the system's (a shared /tmp, a
     * project folder): changing its mode would change it for everyone.
     */
    public static void ensureParent(Path draft) throws IOException {
        Path parent = draft.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent);
            restrict(parent, "rwx------");
        }
    }

    /** Writes a draft atomically with mode 0600. */
    public static void save(Path draft, String content) throws IOException {
        FileWrites.atomically(draft, content);
        restrict(draft, "rw-------");
    }

    static void restrict(Path path, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to tighten.
        }
    }

    /**
     * Removes the temporaries a save of this draft left when its process was killed half-way (kill -9 in
     * the moment between writing and renaming). Called with the draft's lock held: no one else writes it.
     */
    public static void removeLeftovers(Path draft) {
        Path dir = draft.toAbsolutePath().getParent();
        String prefix = "." + draft.getFileName() + ".";
        try (var files = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path tmp : files) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // Only tidiness: a leftover temporary is never read.
        }
    }

    /** Moves an unreadable draft aside as {@code <name>.corrupt-<time>} and returns where it went. */
    public static Path setAside(Path draft) throws IOException {
        Path aside = draft.resolveSibling(draft.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
        Files.move(draft, aside);
        return aside;
    }
}
