package org.formdesk.tui;

/** Something the focus can rest on: a field, a table (its header), a table cell, an open problem, Finalize. */
record Item(Kind kind, String fieldId, int row, String column, int index) {
    enum Kind { FIELD, TABLE, CELL, PROBLEM, FINALIZE }

    static Item field(String id) {
        return new Item(Kind.FIELD, id, -1, null, -1);
    }

    static Item table(String id) {
        return new Item(Kind.TABLE, id, -1, null, -1);
    }

    static Item cell(String id, int row, String column) {
        return new Item(Kind.CELL, id, row, column, -1);
    }

    static Item problem(int index) {
        return new Item(Kind.PROBLEM, null, -1, null, index);
    }

    static Item finalizeButton() {
        return new Item(Kind.FINALIZE, null, -1, null, -1);
    }

    boolean editable() {
        return kind == Kind.FIELD || kind == Kind.CELL;
    }
}
