package org.formdesk.form;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Where each node of a YAML or JSON document starts, keyed by JSON Pointer ({@code /sections/2/fields/0/id}),
 * so that a problem found on the bound model can still be reported at file:line:column.
 *
 * <p>Kept as long as the form: a table of 64-bit hashes of the pointers and packed places, not a map of
 * strings. A 2,000-field form has some 17,000 nodes; as {@code HashMap<String, SourceLocation>} they held
 * about 3 MB of every fill session's heap, here under 0.5 MB. Two pointers with the same hash would share a
 * place (a wrong line in a message, nothing worse); for the pointers of one file that chance is about one in
 * 10^11.
 */
public final class SourceMap {
    private static final long EMPTY = 0;
    private final String file;
    private long[] keys = new long[16];
    private long[] places = new long[16];
    private int size;

    private SourceMap(String file) {
        this.file = file;
    }

    public static SourceMap empty(String file) {
        return new SourceMap(file);
    }

    /** Records where the node at {@code pointer} starts (a key: where the key is written). */
    void put(String pointer, JsonLocation loc) {
        store(pointer, loc, true);
    }

    /** Records where the node at {@code pointer} starts, unless it is known already. */
    public void remember(String pointer, JsonLocation loc) {
        store(pointer, loc, false);
    }

    public String file() {
        return file;
    }

    /** The location of the pointer, or of its nearest ancestor that has one. */
    public SourceLocation locate(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            int slot = slot(hash(p));
            if (keys[slot] != EMPTY) {
                long place = places[slot];
                return new SourceLocation(file, (int) (place >>> 32), (int) place);
            }
            if (p.isEmpty()) {
                return SourceLocation.unknown(file);
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    private void store(String pointer, JsonLocation loc, boolean replace) {
        long key = hash(pointer);
        int slot = slot(key);
        if (keys[slot] != EMPTY && !replace) {
            return;
        }
        if (keys[slot] == EMPTY) {
            if ((size + 1) * 4 > keys.length * 3) {
                grow();
                slot = slot(key);
            }
            keys[slot] = key;
            size++;
        }
        places[slot] = (long) loc.getLineNr() << 32 | (loc.getColumnNr() & 0xffffffffL);
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ key >>> 32) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        places = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                places[slot] = oldPlaces[i];
            }
        }
    }

    /** 64-bit FNV-1a over the pointer's characters, never 0 (0 marks an empty slot). */
    static long hash(String pointer) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < pointer.length(); i++) {
            h ^= pointer.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }
}
