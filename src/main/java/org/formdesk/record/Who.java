package org.formdesk.record;

import java.util.Map;

/**
 * Who fills a record and from where: the one notion of the user, written into the audit trail, the
 * record's meta and a draft's lock. A session carries its own (an SSH service serves many users in one
 * process), so nothing reads the environment behind a session's back.
 */
public record Who(String user, String origin) {
    /** The user of this process: $USER (else the JVM's user.name), from the client address of $SSH_CONNECTION. */
    public static Who local() {
        return of(System.getenv(), System.getProperty("user.name"));
    }

    static Who of(Map<String, String> env, String javaUser) {
        String u = env.get("USER");
        String ssh = env.get("SSH_CONNECTION");
        String origin = ssh == null || ssh.isBlank() ? "local" : "ssh " + ssh.strip().split("\\s+")[0];
        return new Who(u == null || u.isBlank() ? javaUser : u, origin);
    }
}
