package org.formdesk.record;

/** When a record was created and last changed (ISO-8601 instants), and by whom. All optional. */
public record RecordMeta(String created, String updated, String user) {
    public static final RecordMeta NONE = new RecordMeta(null, null, null);

    public RecordMeta touched(String now, String byUser) {
        return new RecordMeta(created == null ? now : created, now, byUser == null ? user : byUser);
    }
}
