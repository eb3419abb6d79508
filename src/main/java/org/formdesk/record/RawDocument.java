package org.formdesk.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.form.SourceLocation;
import org.formdesk.form.SourceMap;
import org.formdesk.form.YamlLimits;

/**
 * A YAML or JSON document read as plain maps, lists and strings: every scalar keeps the text it was
 * written with ({@code 11915.70} stays "11915.70", {@code 0354} stays "0354"), so that no value is
 * changed by a parser's idea of numbers. Each node's start is kept for messages.
 */
final class RawDocument {
    private final SourceMap locations;
    private final Object root;
    private final String file;
    private int keys;
    private int items;

    private RawDocument(String file, JsonParser parser) throws IOException {
        this.locations = SourceMap.empty(file);
        this.file = file;
        JsonToken first = parser.nextToken();
        try {
            this.root = first == null ? null : node(parser, "", 0);
            // A second document (YAML "---", or JSON's second value) is refused: ignoring it would drop
            // what it says without a word.
            if (first != null && parser.nextToken() != null) {
                throw new ReadLimits.Exceeded(ReadLimits.secondDocument(at(parser)));
            }
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw YamlLimits.located(e, parser);
        }
    }

    private SourceLocation at(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return loc == null ? SourceLocation.unknown(file) : new SourceLocation(file, loc.getLineNr(), loc.getColumnNr());
    }

    static RawDocument read(String file, JsonParser parser) throws IOException {
        return new RawDocument(file, parser);
    }

    Object root() {
        return root;
    }

    SourceLocation locate(String pointer) {
        return locations.locate(pointer);
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Messages point at most two levels deep ({@code /values/carryover}); deeper nodes are not located. */
    private static final int LOCATED_DEPTH = 2;

    private Object node(JsonParser p, String pointer, int depth) throws IOException {
        if (depth <= LOCATED_DEPTH) {
            remember(pointer, p.currentTokenLocation());
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    if (++keys > ReadLimits.MAX_KEYS) {
                        throw new ReadLimits.Exceeded(ReadLimits.tooManyKeys(at(p)));
                    }
                    String key = p.currentName();
                    String child = depth < LOCATED_DEPTH ? pointer + "/" + escape(key) : pointer;
                    if (depth < LOCATED_DEPTH) {
                        remember(child, p.currentTokenLocation());
                    }
                    p.nextToken();
                    map.put(key, node(p, child, depth + 1));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (++items > ReadLimits.MAX_ITEMS) {
                        throw new ReadLimits.Exceeded(ReadLimits.tooManyItems(at(p)));
                    }
                    list.add(node(p, depth < LOCATED_DEPTH ? pointer + "/" + i : pointer, depth + 1));
                    i++;
                }
                return list;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                YamlLimits.refuseAlias(p);
                String text = p.getText();
                if (text != null && text.length() > ReadLimits.MAX_VALUE) {
                    throw new ReadLimits.Exceeded(ReadLimits.valueTooLong(at(p), text.length()));
                }
                return text;
            }
        }
    }

    private void remember(String pointer, JsonLocation loc) {
        locations.remember(pointer, loc);
    }
}
