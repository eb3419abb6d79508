package org.formdesk.record;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps two sessions off one draft. The lock is the operating system's ({@link FileChannel#tryLock()}) on
 * {@code <draft>.lock}, held for the session's life: the system lets go of it when the process ends in any
 * way (kill -9 included), so a lock file nobody holds is stale whatever it says, and no process id is
 * ever guessed at. The file's content (user, host, pid, since) only tells a refused session who is in.
 *
 * <p>Taken through the {@link DraftLocks} of the process, which every session of the process is handed: the
 * command line's single session and the SSH service's many.
 */
public final class DraftLock implements AutoCloseable {
    private final DraftLocks locks;
    private final Path file;
    private final Holder mine;
    private final FileChannel channel;
    private final FileLock lock;
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

        @Override
        public String toString() {
            return user + "@" + host + " pid " + pid + " since " + since;
        }
    }

    /** Refused: another session holds the draft. {@link #holder()} is empty when its lock file says nothing readable. */
    public static final class HeldException extends Exception {
        private final transient Holder holder;
        private final transient Path draft;

        HeldException(Path draft, Holder holder) {
            super(draft + " is open in another session" + (holder == null ? "" : " (" + holder + ")")
                    + "; close it there first");
            this.holder = holder;
            this.draft = draft;
        }

        public Optional<Holder> holder() {
            return Optional.ofNullable(holder);
        }

        public Path draft() {
            return draft;
        }
    }

    private DraftLock(DraftLocks locks, Path file, Holder mine, FileChannel channel, FileLock lock) {
        this.locks = locks;
        this.file = file;
        this.mine = mine;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path draft) {
        return draft.resolveSibling(draft.getFileName() + ".lock");
    }

    /**
     * Takes the lock or says who has it; {@code tookOver} receives who held a stale lock taken over, or empty
     * when its file was unreadable (the caller words the notice in the form's language).
     */
    static DraftLock acquireTakingOver(DraftLocks locks, Path draft, String user, Consumer<Optional<Holder>> tookOver)
            throws HeldException, IOException {
        Path dir = draft.toAbsolutePath().getParent();
        DraftStore.ensureParent(draft);
        Path file = dir.toRealPath().resolve(draft.getFileName() + ".lock");
        Holder mine = new Holder(user == null || user.isBlank() ? "?" : user, hostName(), ProcessHandle.current().pid(),
                Instant.now().toString());
        Holder here = locks.hold(file, mine);
        if (here != null) {
            throw new HeldException(draft, here);
        }
        try {
            DraftLock taken = take(locks, draft, file, mine, tookOver);
            if (taken != null) {
                return taken;
            }
            throw new IOException("cannot lock " + draft + ": its lock file keeps changing");
        } catch (HeldException | IOException | RuntimeException | Error e) {
            locks.release(file, mine);
            throw e;
        }
    }

    private static DraftLock take(DraftLocks locks, Path draft, Path file, Holder mine, Consumer<Optional<Holder>> tookOver)
            throws HeldException, IOException {
        byte[] content = mine.line().getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 20; attempt++) {
            DraftLock fresh = create(locks, file, mine, content);
            if (fresh != null) {
                return fresh;
            }
            FileChannel ch;
            try {
                ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                continue; // let go of and removed just now: create it again
            }
            boolean keep = false;
            try {
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // cannot happen past the process's DraftLocks; if it does, someone here has it
                }
                if (lock == null) {
                    throw new HeldException(draft, readHolder(ch).orElse(null));
                }
                if (!stillNamed(file)) {
                    continue; // we locked a file its holder removed as it let go; the name holds another now
                }
                Optional<Holder> before = readHolder(ch);
                write(ch, content);
                tookOver.accept(before);
                keep = true;
                return new DraftLock(locks, file, mine, ch, lock);
            } finally {
                if (!keep) {
                    ch.close();
                }
            }
        }
        return null;
    }

    /**
     * A new lock file, whole from its first instant: written and locked under a temporary name, then
     * linked to its real name, which fails if that name exists. Null when it exists.
     */
    private static DraftLock create(DraftLocks locks, Path file, Holder mine, byte[] content) throws IOException {
        if (Files.exists(file)) {
            return null;
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + mine.pid() + "." + System.nanoTime() + ".tmp");
        FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean keep = false;
        try {
            FileLock lock = ch.lock();
            write(ch, content);
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                return null;
            } catch (UnsupportedOperationException e) {
                return null; // no hard links here: the plain open-and-lock path below still holds
            }
            keep = true;
            return new DraftLock(locks, file, mine, ch, lock);
        } finally {
            Files.deleteIfExists(tmp);
            if (!keep) {
                ch.close();
            }
        }
    }

    private static void write(FileChannel ch, byte[] content) throws IOException {
        ch.truncate(0);
        ByteBuffer buf = ByteBuffer.wrap(content);
        long at = 0;
        while (buf.hasRemaining()) {
            at += ch.write(buf, at);
        }
        ch.force(false);
    }

    /** Read through the channel held, never through a second descriptor (see the class comment). */
    private static Optional<Holder> readHolder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(1024);
            long at = 0;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, at);
                if (n <= 0) {
                    break;
                }
                at += n;
            }
            return Holder.parse(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file just locked is still the one under its name: a holder removes the file while it
     * holds the lock, so a session that opened it a moment before locks a file no name leads to. Asked
     * of the process's open files (Linux); elsewhere the name's existence is all there is to ask.
     */
    private static boolean stillNamed(Path file) throws IOException {
        Object key;
        try {
            key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return false;
        }
        Path fds = Path.of("/proc/self/fd");
        if (key == null || !Files.isDirectory(fds)) {
            return true;
        }
        String name = file.toString();
        try (DirectoryStream<Path> open = Files.newDirectoryStream(fds)) {
            for (Path fd : open) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith(name)
                            && key.equals(Files.readAttributes(fd, BasicFileAttributes.class).fileKey())) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed while listed: not ours
                }
            }
        }
        return false;
    }

    public Holder holder() {
        return mine;
    }

    /** Lets go: the file removed while still held (so no session takes a file about to vanish), then the lock. */
    @Override
    public synchronized void close() {
        if (!held) {
            return;
        }
        held = false;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind, it is stale as soon as the lock below is let go.
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel lets go too.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // The process's end lets go in any case.
        } finally {
            locks.release(file, mine);
        }
    }

    /** $HOSTNAME, else the name the resolver gives this host (which caches it for a few seconds). */
    public static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        // The kernel's name for the machine, as InetAddress.getLocalHost() gives it, without setting up the resolver.
        try {
            String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
            if (!kernel.isEmpty()) {
                return kernel;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
