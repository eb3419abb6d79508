package org.formdesk.form;

/** One thing wrong with a form or record file, located so a person can go and fix it. */
public record Problem(SourceLocation location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
