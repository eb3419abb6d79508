package org.formdesk.engine;

import java.util.List;

/** What a check sees and how it words what it sees: the whole form's values, or one table row's. */
interface CheckScope extends ValueSource {
    /** Why an expression waits, naming what to fill or correct. */
    String waitingFor(List<String> missing);

    /** The labels of these fields (or cells), for a default message. */
    String labels(List<String> ids);

    /** A name's value as a person reads it (rounded as the field says), or null for an unknown name. */
    String shownOrNull(String name);

    /** The field (or this row's column) of that name, or null. */
    org.formdesk.form.FieldDef definition(String name);
}
