package org.formdesk.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a file so that a crash or a full disk leaves either the old file or the new one, never a
 * torn one: a temporary file beside it, fsync, rename over, fsync the directory.
 */
public final class FileWrites {
    private FileWrites() {
    }

    public static void atomically(Path target, String content) throws IOException {
        atomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void atomically(Path target, byte[] bytes) throws IOException {
        Map<Path, byte[]> one = new LinkedHashMap<>();
        one.put(target, bytes);
        together(one);
    }

    /**
     * Replaces several files as one: every file is written to a temporary beside it and synced first;
     * only then are they renamed into place, and if any step fails, the ones already renamed are put back
     * as they were (or removed if they were new). So a full disk leaves all of them as they were, and no
     * temporary behind.
     *
     * <p>A new file is its owner's only (0600: a bastion host is shared); a file replaced keeps the mode
     * it had, since its owner chose it (a record shared with 0644 stays shared).
     */
    public static void together(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, Path> olds = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path target = f.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
                temps.put(target, tmp);
                write(tmp, f.getValue());
                keepMode(target, tmp);
            }
            for (Map.Entry<Path, Path> t : temps.entrySet()) {
                Path target = t.getKey();
                if (temps.size() > 1 && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path old = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".old");
                    Files.createLink(old, target);
                    olds.put(target, old);
                }
                move(t.getValue(), target);
                placed.add(target);
            }
            for (Path dir : temps.keySet().stream().map(Path::getParent).distinct().toList()) {
                syncDirectory(dir);
            }
        } catch (IOException | RuntimeException | Error e) {
            for (Path target : placed) {
                try {
                    Path old = olds.get(target);
                    if (old != null) {
                        move(old, target);
                    } else {
                        Files.deleteIfExists(target);
                    }
                } catch (IOException | RuntimeException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        } finally {
            for (Path tmp : temps.values()) {
                deleteQuietly(tmp);
            }
            for (Path old : olds.values()) {
                deleteQuietly(old);
            }
        }
    }

    private static void write(Path tmp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void keepMode(Path target, Path tmp) throws IOException {
        try {
            if (Files.isRegularFile(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the temporary's mode is all there is.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Nothing more can be done; it is a hidden file beside the target.
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems cannot open a directory for sync; the rename itself is still atomic.
        }
    }
}
