package org.formdesk.form;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /** Reads the whole document from the parser, recording the start of every key and value. */
    public static SourceMap scan(String file, JsonParser parser) throws IOException {
        SourceMap map = new SourceMap(file);
        Deque<Object> path = new ArrayDeque<>(); // String key or int[] {index}
        JsonToken token;
        while ((token = next(parser)) != null) {
            switch (token) {
                case FIELD_NAME -> {
                    path.push(parser.currentName());
                    map.put(path, parser.currentTokenLocation());
                    continue;
                }
                case START_OBJECT, START_ARRAY -> {
                    map.putIfAbsent(path, parser.currentTokenLocation());
                    bumpIndex(path, map, parser);
                    path.push(token == JsonToken.START_ARRAY ? new int[] {-1} : "{");
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    path.pop();
                    popKey(path);
                    continue;
                }
                default -> {
                    YamlLimits.refuseAlias(parser);
                    bumpIndex(path, map, parser);
                    map.putIfAbsent(path, parser.currentTokenLocation());
                    popKey(path);
                }
            }
        }
        return map;
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw YamlLimits.located(e, parser);
        }
    }

    private static void bumpIndex(Deque<Object> path, SourceMap map, JsonParser parser) {
        if (!path.isEmpty() && path.peek() instanceof int[] index) {
            index[0]++;
            map.put(path, parser.currentTokenLocation());
        }
    }

    private static void popKey(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof String key && !"{".equals(key)) {
            path.pop();
        }
    }

    private void put(Deque<Object> path, JsonLocation loc) {
        locations.put(pointer(path), new SourceLocation(file, loc.getLineNr(), loc.getColumnNr()));
    }

    private void putIfAbsent(Deque<Object> path, JsonLocation loc) {
        remember(pointer(path), loc);
    }

    /** Records where the node at {@code pointer} starts, unless it is known already. */
    public void remember(String pointer, JsonLocation loc) {
        locations.putIfAbsent(pointer, new SourceLocation(file, loc.getLineNr(), loc.getColumnNr()));
    }

    private static String pointer(Deque<Object> path) {
        StringBuilder sb = new StringBuilder();
        var it = path.descendingIterator();
        while (it.hasNext()) {
            Object part = it.next();
            if (part instanceof int[] index) {
                sb.append('/').append(index[0]);
            } else if (!"{".equals(part)) {
                sb.append('/').append(((String) part).replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
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
