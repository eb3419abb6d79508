package org.formdesk.form;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A form file read once: the document as a tree, where each node starts ({@link SourceMap}), and the text
 * each number was written as. The tree is bound to the form's types afterwards, so a problem found while
 * binding is placed by its JSON Pointer; the written text keeps {@code value: 01} the text "01" where the
 * form expects text (a tree holds the number 1).
 */
final class FormTree {
    /** The document's one value; null when the document is empty. */
    final JsonNode root;
    final SourceMap map;
    private final Map<String, String> numbers;

    /** Why a document cannot become a tree although the parser read it: a key twice, a second document. */
    static final class Refused extends IOException {
        final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    private FormTree(JsonNode root, SourceMap map, Map<String, String> numbers) {
        this.root = root;
        this.map = map;
        this.numbers = numbers;
    }

    /** The number at {@code pointer} as the file writes it ({@code 01}, {@code 1.50}, {@code 1e3}). */
    String written(String pointer, JsonNode number) {
        String text = numbers.get(pointer);
        return text != null ? text : number.asText();
    }

    /** One container being filled: the node, its pointer, and the key whose value comes next. */
    private static final class Open {
        final JsonNode node;
        final String pointer;
        String key;
        int index = -1;

        Open(JsonNode node, String pointer) {
            this.node = node;
            this.pointer = pointer;
        }

        String child() {
            return node.isArray() ? pointer + "/" + index : pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        }
    }

    /** Reads the parser's first document whole, recording where every key and value starts. */
    static FormTree read(String file, JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        SourceMap map = SourceMap.empty(file);
        Map<String, String> numbers = new HashMap<>();
        Deque<Open> open = new ArrayDeque<>();
        JsonNode root = null;
        JsonToken token;
        while ((token = next(parser)) != null) {
            Open parent = open.peek();
            if (token == JsonToken.FIELD_NAME) {
                parent.key = parser.currentName();
                if (parent.node.has(parent.key)) {
                    throw new Refused(new Problem(location(file, parser.currentTokenLocation()), "'" + parent.key
                            + "' is written twice in one mapping; the first is on line "
                            + map.locate(parent.child()).line()));
                }
                map.put(parent.child(), parser.currentTokenLocation());
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                if (open.isEmpty()) {
                    break;
                }
                continue;
            }
            YamlLimits.refuseAlias(parser);
            String pointer;
            if (parent == null) {
                pointer = "";
            } else {
                parent.index++;
                pointer = parent.child();
            }
            if (parent != null && parent.node.isArray()) {
                map.put(pointer, parser.currentTokenLocation());
            } else {
                map.remember(pointer, parser.currentTokenLocation());
            }
            JsonNode node = switch (token) {
                case START_OBJECT -> nodes.objectNode();
                case START_ARRAY -> nodes.arrayNode();
                case VALUE_STRING -> nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT -> {
                    numbers.put(pointer, parser.getText());
                    yield switch (parser.getNumberType()) {
                        case INT -> nodes.numberNode(parser.getIntValue());
                        case LONG -> nodes.numberNode(parser.getLongValue());
                        default -> nodes.numberNode(parser.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    numbers.put(pointer, parser.getText());
                    yield nodes.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
                        ? nodes.binaryNode(bytes) : nodes.pojoNode(parser.getEmbeddedObject());
                default -> nodes.nullNode();
            };
            if (parent == null) {
                root = node;
            } else if (parent.node instanceof ArrayNode list) {
                list.add(node);
            } else {
                ((ObjectNode) parent.node).set(parent.key, node);
            }
            if (node.isContainerNode()) {
                open.push(new Open(node, pointer));
            } else if (parent == null) {
                break;
            }
        }
        if (root != null && next(parser) != null) {
            throw new Refused(new Problem(location(file, parser.currentTokenLocation()),
                    "a second YAML document starts here; a form file is one document"));
        }
        return new FormTree(root, map, numbers);
    }

    private static SourceLocation location(String file, JsonLocation at) {
        return new SourceLocation(file, at.getLineNr(), at.getColumnNr());
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw YamlLimits.located(e, parser);
        }
    }
}
