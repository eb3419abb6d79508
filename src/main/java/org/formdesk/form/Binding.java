package org.formdesk.form;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Between the tree of a form file and the form's types: the keys the types do not know, and every problem
 * binding meets, in words, from what Jackson's exception holds (the path, the type it wanted) and from
 * the tree (what the file has there), never from the exception's message.
 */
final class Binding {
    private Binding() {
    }

    /**
     * Reports every key the form's types do not know, at its own line, and takes it out of the tree. A number
     * where the type wants text becomes the text the file writes ({@code value: 01} is "01", not "1").
     * (Jackson's unknown-property handler cannot report keys this way: for records it replays buffered
     * properties with a parser context that points at the object's last key.)
     */
    static void shape(JsonNode node, Class<?> type, String pointer, FormTree tree, List<Problem> problems) {
        if (!(node instanceof ObjectNode object) || !type.isRecord()) {
            return;
        }
        Map<String, RecordComponent> known = new HashMap<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            known.put(KnownKeys.yamlName(rc.getName()), rc);
        }
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
            RecordComponent rc = known.get(key);
            JsonNode value = object.get(key);
            if (rc == null) {
                problems.add(new Problem(tree.map.locate(at), "unknown key '" + key + "'" + KnownKeys.suggestion(type, key)));
                object.remove(key);
            } else if (rc.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && value instanceof ArrayNode items) {
                for (int i = 0; i < items.size(); i++) {
                    if (wantsText(element, items.get(i))) {
                        items.set(i, TextNode.valueOf(tree.written(at + "/" + i, items.get(i))));
                    }
                    shape(items.get(i), element, at + "/" + i, tree, problems);
                }
            } else if (wantsText(rc.getType(), value)) {
                object.set(key, TextNode.valueOf(tree.written(at, value)));
            } else {
                shape(value, rc.getType(), at, tree, problems);
            }
        }
    }

    /** A number where the type is not a number: the type reads it as text (a label, an option, a version). */
    private static boolean wantsText(Class<?> type, JsonNode value) {
        return value.isNumber() && !isNumber(type) && type != Boolean.class && type != boolean.class;
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class
                || type == double.class || type == float.class;
    }

    /** A problem met while binding the tree, at the place of the value it is about. */
    static Problem problem(JsonMappingException e, FormTree tree) {
        StringBuilder pointer = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                pointer.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
                shown.append(shown.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pointer.append('/').append(ref.getIndex());
                shown.append('[').append(ref.getIndex()).append(']');
            }
        }
        String at = pointer.toString();
        JsonNode value = tree.root.at(at);
        String why = reason(e, value, at.substring(at.lastIndexOf('/') + 1), tree, at);
        return new Problem(tree.map.locate(at), shown.length() == 0 ? why : shown + ": " + why);
    }

    private static String reason(JsonMappingException e, JsonNode value, String key, FormTree tree, String at) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalArgumentException own) {
                return own.getMessage(); // the form's own types say what they accept (FieldType, Severity)
            }
            if (t instanceof InputCoercionException range && range.getTargetType() != null) {
                Class<?> target = range.getTargetType();
                boolean wide = target == long.class || target == Long.class;
                return "the number " + tree.written(at, value) + " is out of range; expected a whole number from "
                        + (wide ? Long.MIN_VALUE : Integer.MIN_VALUE) + " to " + (wide ? Long.MAX_VALUE : Integer.MAX_VALUE);
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'"
                    + KnownKeys.suggestion(unknown.getReferringClass(), unknown.getPropertyName());
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (e instanceof InvalidFormatException) {
            return found(value, tree, at) + " is not " + expected(target);
        }
        String why = "wrong type of value; expected " + expected(target) + ", found " + found(value, tree, at);
        if (target != null && isNumber(target) && value.isTextual()) {
            if (isDecimal(value.textValue())) {
                why += " (in quotes a number is text: write it without them)";
            } else if (key.equals("min") || key.equals("max")) {
                // max: weight: a bound is a number; a bound taken from another cell is a row check's job.
                why += " (to compare with another column of the same row, write a row check: rowChecks)";
            }
        }
        return why;
    }

    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (isNumber(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        return "a mapping of keys to values";
    }

    private static String found(JsonNode value, FormTree tree, String at) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNumber()) {
            return tree.written(at, value);
        }
        return value.isTextual() ? shown(value.textValue()) : value.asText();
    }

    /** A value quoted for a message: short, and with no control characters to reach the terminal. */
    private static String shown(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return "'" + (clean.length() > 40 ? clean.substring(0, 40) + "…" : clean) + "'";
    }
}
