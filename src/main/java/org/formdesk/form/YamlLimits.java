package org.formdesk.form;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parser limits for every YAML file we read: a form or record file is hand-sized, so an alias bomb,
 * a gigantic document or absurd nesting is refused with a clear error instead of eating the heap.
 */
public final class YamlLimits {
    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 40;
    public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private YamlLimits() {
    }

    public static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        // One above Jackson's limit, so that Jackson's, which says where and how deep, is the one met.
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_CODE_POINTS)
                        .build())
                .build();
        return factory;
    }

    /**
     * Refuses an alias ({@code *name}) where the parser stands on one. Jackson does not expand aliases: it
     * hands back the anchor's name as if it were the value, which would silently put "name" into a field.
     * Refusing them also refuses every alias bomb.
     */
    public static void refuseAlias(JsonParser parser) throws JsonParseException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new AliasRefused(parser);
        }
    }

    /** An alias met where a value was expected. */
    static final class AliasRefused extends JsonParseException {
        AliasRefused(JsonParser parser) {
            super(parser, "YAML aliases are not supported", parser.currentTokenLocation());
        }
    }

    /** A limit of {@link #factory()} reached: too deep, or too long a document or string; and where. */
    static final class LimitExceeded extends StreamConstraintsException {
        final boolean tooDeep;

        LimitExceeded(StreamConstraintsException e, JsonLocation at, boolean tooDeep) {
            super(e.getOriginalMessage(), at);
            this.tooDeep = tooDeep;
        }
    }

    /**
     * The limit exception with the place it happened (Jackson throws it without one) and which limit it was:
     * the parser's depth says whether it was the nesting limit.
     */
    public static IOException located(StreamConstraintsException e, JsonParser parser) {
        boolean deep = parser.getParsingContext() != null && parser.getParsingContext().getNestingDepth() > MAX_DEPTH;
        return new LimitExceeded(e, e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation(), deep);
    }

    /**
     * A reading error in words, at the place SnakeYAML found it: Jackson's own location is where it
     * stopped, often the line before the mistake (a tab, a bad indent).
     */
    public static Problem problem(String file, JsonProcessingException e, String format) {
        JsonLocation loc = e.getLocation();
        SourceLocation at = loc == null ? SourceLocation.unknown(file) : new SourceLocation(file, loc.getLineNr(), loc.getColumnNr());
        if (e instanceof AliasRefused) {
            return new Problem(at, "YAML aliases (*name) are not supported here: write the value out in full");
        }
        if (e instanceof LimitExceeded limit) {
            return new Problem(at, limit.tooDeep ? "nested deeper than " + MAX_DEPTH + " levels: a form or record is never that deep"
                    : "the document is too large (more than " + MAX_CODE_POINTS + " characters)");
        }
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            at = new SourceLocation(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
            String text = "not valid YAML: " + yaml.getProblem();
            if (yaml.getContext() != null && yaml.getContextMark() != null) {
                text += " (" + yaml.getContext() + " that starts at line " + (yaml.getContextMark().getLine() + 1) + ")";
            }
            return new Problem(at, text);
        }
        // The parser's own sentence ("Unexpected character ..."), first line only, never a Java class name.
        String msg = e.getOriginalMessage();
        String text = msg == null ? "" : msg.lines().findFirst().orElse(msg);
        return new Problem(at, "not valid " + format + (text.isBlank() ? "" : ": "
                + text.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*", "")));
    }
}
