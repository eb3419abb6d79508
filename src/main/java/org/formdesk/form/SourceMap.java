package org.formdesk.form;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a YAML or JSON document starts, keyed by JSON Pointer ({@code /sections/2/fields/0/id}),
 * so that a problem found on the bound model can still be reported at file:line:column.
 */
public final class SourceMap {
    private final String file;
    private final Map<String, SourceLocation> locations = new HashMap<>();

    private SourceMap(String file) {
        this.file = file;
    }

    public static SourceMap empty(String file) {
        return new SourceMap(file);
    }

    /** Records where the node at {@code pointer} starts (a key: where the key is written). */
    void put(String pointer, JsonLocation loc) {
        locations.put(pointer, new SourceLocation(file, loc.getLineNr(), loc.getColumnNr()));
    }

    /** Records where the node at {@code pointer} starts, unless it is known already. */
    public void remember(String pointer, JsonLocation loc) {
        locations.putIfAbsent(pointer, new SourceLocation(file, loc.getLineNr(), loc.getColumnNr()));
    }

    public String file() {
        return file;
    }

    /** The location of the pointer, or of its nearest ancestor that has one. */
    public SourceLocation locate(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return SourceLocation.unknown(file);
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }
}
