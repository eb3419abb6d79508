package org.formdesk.tui;

/** Who is typing and from where, for the audit trail: $USER, and the client address of $SSH_CONNECTION. */
final class Who {
    private Who() {
    }

    static String user() {
        String u = System.getenv("USER");
        return u == null || u.isBlank() ? System.getProperty("user.name") : u;
    }

    static String origin() {
        String ssh = System.getenv("SSH_CONNECTION");
        if (ssh == null || ssh.isBlank()) {
            return "local";
        }
        return "ssh " + ssh.strip().split("\\s+")[0];
    }
}
