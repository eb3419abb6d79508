package org.formdesk.form;

/** A place in a file, 1-based, for messages of the form file:line:column. */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation unknown(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
