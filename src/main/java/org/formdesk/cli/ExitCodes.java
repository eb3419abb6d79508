package org.formdesk.cli;

/** The exit codes every command shares (also in the README). */
public final class ExitCodes {
    /** Done; for validate: no errors (warnings allowed unless --strict). */
    public static final int OK = 0;
    /** The record or form has errors (validate, lint), or --strict found unexplained warnings. */
    public static final int INVALID = 1;
    /** A file could not be read or used, or the command line was wrong. */
    public static final int UNREADABLE = 2;

    private ExitCodes() {
    }
}
