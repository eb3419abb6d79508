package org.formdesk.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line per login, logout, refused login and finalise: time, event, user, client address, detail.
 * Appended to DIR/audit.log (0600) and echoed on the server's standard error (the journal under systemd).
 */
public final class Audit {
    private final Path file;
    private final PrintWriter echo;

    public Audit(Path file, PrintWriter echo) {
        this.file = file;
        this.echo = echo;
    }

    public synchronized void log(String event, String user, String address, String detail) {
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + event + " user=" + clean(user)
                + " from=" + clean(address) + (detail == null || detail.isEmpty() ? "" : " " + clean(detail));
        try {
            boolean fresh = !Files.exists(file);
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            if (fresh) {
                DataDir.restrict(file, "rw-------");
            }
        } catch (IOException e) {
            if (echo != null) {
                echo.println("formdesk serve: cannot write the audit log " + file + ": " + e.getMessage());
            }
        }
        if (echo != null) {
            echo.println(line);
            echo.flush();
        }
    }

    /** A user name or address sent by a client could hold anything: one printable line, bounded. */
    static String clean(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(120).forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == ' ' ? '_' : c));
        return b.length() == 0 ? "-" : b.toString();
    }
}
