package org.formdesk.form.kind;

/**
 * A typed text read by a {@link FieldKind}: the value, or the problem as the key of an engine phrase and its
 * arguments (the engine words it in the form's language).
 */
public record Reading(Object value, String problem, Object[] args) {

    public static Reading ok(Object value) {
        return new Reading(value, null, null);
    }

    public static Reading problem(String key, Object... args) {
        return new Reading(null, key, args);
    }

    public boolean ok() {
        return problem == null;
    }
}
