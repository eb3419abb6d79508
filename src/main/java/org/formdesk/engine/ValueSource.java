package org.formdesk.engine;

/** Typed values by field id: BigDecimal, LocalDate, Boolean, String, or a table's rows; null when empty. */
@FunctionalInterface
public interface ValueSource {
    Object value(String fieldId);
}
