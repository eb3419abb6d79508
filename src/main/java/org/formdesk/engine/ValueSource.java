package org.formdesk.engine;

/** Typed values by field id: BigDecimal, LocalDate, Boolean, String, or a table's rows; null when empty. */
@FunctionalInterface
public interface ValueSource {
    Object value(String fieldId);

    /** How a name that has no value is named in a pending reason (a row's cell as that cell). */
    default String missingRef(String name) {
        return name;
    }
}
