package org.formdesk.cli;

/** A problem to tell the user in one sentence (no stack trace), with the exit code it means. */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(String message) {
        this(message, ExitCodes.UNREADABLE);
    }

    public int exitCode() {
        return exitCode;
    }
}
