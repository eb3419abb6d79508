package org.formdesk.record;

/** One entry of a record's audit trail: a field's value changed, when, by whom, from where. */
public record Change(String field, String from, String to, String at, String user, String origin) {
}
