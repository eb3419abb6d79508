package org.formdesk.form;

/** The spelling rules for ids, shared by the validation annotations and the expression scanner. */
public final class Ids {
    public static final String FIELD_ID = "[a-z][a-z0-9_]*";
    public static final String FIELD_ID_MESSAGE = "must be lower-case letters, digits and _ and start with a letter";
    public static final String FORM_ID = "[a-z][a-z0-9_-]*";
    public static final String FORM_ID_MESSAGE = "must be lower-case letters, digits, - and _ and start with a letter";

    private Ids() {
    }
}
