package org.formdesk.engine;

public enum CheckStatus {
    /** The condition holds (or its {@code when} is false). */
    PASSED,
    /** The condition does not hold. */
    FAILED,
    /** Some input is still empty, so nothing can be said yet. */
    PENDING
}
