package org.formdesk.record.export;

/**
 * One column of an exported table: the stable id scripts key on, and the words people read. The
 * header shows both, {@code 上年结转金额（万元） [carryover]}, because labels alone repeat (two
 * 基本支出) and ids alone are unreadable in a spreadsheet.
 */
public record Column(String id, String label) {

    public String header(boolean idsOnly) {
        return idsOnly || label == null || label.isEmpty() ? id : label + " [" + id + "]";
    }
}
