package org.formdesk.engine;

/** A raw input read for one field: the typed value (null when empty) or why it could not be read. */
public record Parsed(Object value, String error) {
    public static final Parsed EMPTY = new Parsed(null, null);

    public static Parsed ok(Object value) {
        return new Parsed(value, null);
    }

    public static Parsed error(String message) {
        return new Parsed(null, message);
    }

    public boolean isEmpty() {
        return value == null && error == null;
    }

    public boolean hasError() {
        return error != null;
    }
}
