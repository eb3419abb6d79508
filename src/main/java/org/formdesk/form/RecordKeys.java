package org.formdesk.form;

/** Which fields name a record: used for file names and draft lists. Both optional. */
public record RecordKeys(String year, String unit) {
}
