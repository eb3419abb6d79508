package org.formdesk.record;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps two sessions off one draft: a {@code <draft>.lock} file naming the holder (user, host, pid,
 * since). A lock whose process is gone from this host is stale and may be taken over.
 */
public final class DraftLock implements AutoCloseable {
    private final Path file;
    private final Holder mine;
    private boolean held = true;

    /** Who holds a lock. */
    public record Holder(String user, String host, long pid, String since) {
        String line() {
            return user + "\t" + host + "\t" + pid + "\t" + since + "\n";
        }

        static Optional<Holder> parse(String text) {
            String[] p = text.strip().split("\t");
            if (p.length != 4) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Holder(p[0], p[1], Long.parseLong(p[2]), p[3]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean aliveHere(String thisHost) {
            return !host.equals(thisHost) || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        @Override
        public String toString() {
            return user + "@" + host + " pid " + pid + " since " + since;
        }
    }

    /** Refused: another live session holds the draft. */
    public static final class HeldException extends Exception {
        private final transient Holder holder;

        HeldException(Path draft, Holder holder) {
            super(draft + " is open in another session (" + holder + "); close it there first");
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    private DraftLock(Path file, Holder mine) {
        this.file = file;
        this.mine = mine;
    }

    public static Path lockFileOf(Path draft) {
        return draft.resolveSibling(draft.getFileName() + ".lock");
    }

    /**
     * Takes the lock. {@code notice} receives a sentence when a stale lock was taken over.
     */
    public static DraftLock acquire(Path draft, String user, java.util.function.Consumer<String> notice)
            throws HeldException, IOException {
        Path file = lockFileOf(draft);
        String host = hostName();
        Holder mine = new Holder(user == null ? "?" : user, host, ProcessHandle.current().pid(), Instant.now().toString());
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, mine.line(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new DraftLock(file, mine);
            } catch (FileAlreadyExistsException e) {
                Optional<Holder> other = read(file);
                if (other.isPresent() && other.get().aliveHere(host)) {
                    throw new HeldException(draft, other.get());
                }
                notice.accept("took over a stale lock on " + draft
                        + other.map(h -> " (" + h + ", no longer running)").orElse(" (unreadable lock file)"));
                Files.deleteIfExists(file);
            }
        }
        throw new IOException("cannot lock " + draft + ": the lock file keeps changing");
    }

    static Optional<Holder> read(Path file) {
        try {
            return Holder.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Holder holder() {
        return mine;
    }

    /** Releases the lock if this session still holds it. */
    @Override
    public void close() {
        if (!held) {
            return;
        }
        held = false;
        try {
            if (read(file).map(h -> h.pid() == mine.pid() && h.host().equals(mine.host())).orElse(false)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A lock left behind is stale once this process is gone; the next session takes it over.
        }
    }

    /** $HOSTNAME, else the name the resolver gives this host (which caches it for a few seconds). */
    public static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
