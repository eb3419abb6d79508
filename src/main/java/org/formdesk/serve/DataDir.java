package org.formdesk.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service's folder: users.yaml, the host key, the audit log, and one folder per user holding that
 * user's drafts and finalised records (0700; files 0600). A user's files are reached only through
 * {@link #fileIn}, which takes a bare file name, never a path.
 */
public final class DataDir {
    static final String HOST_KEY = "ssh_host_key";
    static final String AUDIT = "audit.log";
    /** Names of the service's own files that a user folder must not take. */
    private static final Set<String> RESERVED = Set.of(HOST_KEY, "users", "audit", "lost-found");
    /** A bare file name: no separator, no leading dot, nothing but these characters. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,200}");

    private final Path root;

    public DataDir(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path hostKey() {
        return root.resolve(HOST_KEY);
    }

    public Path audit() {
        return root.resolve(AUDIT);
    }

    public static boolean reserved(String userName) {
        return RESERVED.contains(userName);
    }

    public Path home(String user) {
        if (!User.validName(user) || reserved(user)) {
            throw new IllegalArgumentException("not a user name: " + user);
        }
        return root.resolve(user);
    }

    public Path drafts(String user) {
        return home(user).resolve("drafts");
    }

    public Path records(String user) {
        return home(user).resolve("records");
    }

    /** Creates the root (0700) if needed. */
    public void ensureRoot() throws IOException {
        Files.createDirectories(root);
        restrict(root, "rwx------");
    }

    /** Creates the user's folders, each 0700, tightening looser ones. */
    public void ensureUser(String user) throws IOException {
        ensureRoot();
        for (Path p : new Path[] {home(user), drafts(user), records(user)}) {
            Files.createDirectories(p);
            restrict(p, "rwx------");
        }
    }

    /**
     * The regular file {@code name} directly in {@code folder}, or empty: a name with a separator, "..",
     * a leading dot or any other character, and a symbolic link, all come to nothing.
     */
    public static Optional<Path> fileIn(Path folder, String name) {
        if (name == null || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        Path p = folder.resolve(name);
        if (!p.normalize().getParent().equals(folder.normalize())
                || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    static void restrict(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
