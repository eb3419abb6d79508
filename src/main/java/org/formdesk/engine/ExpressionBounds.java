package org.formdesk.engine;

import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.TreeSet;
import org.formdesk.form.ExpressionText;

/**
 * The limits that keep a form's expression cheap to read and to evaluate whatever the form file says: a
 * form is a program written by someone else, and an expression has no loops, so bounding its size, its
 * nesting, its exponents and the size of every number it makes bounds its cost. Checked twice: on the text
 * and the parsed tree when the form is read (lint reports them with the line), and on every value while
 * it is evaluated ({@link BoundedExpression}), because exponents and places can come from fields.
 */
final class ExpressionBounds {
    /** Characters in one expression; a sum over fifty indicators' scores takes about a thousand. */
    static final int MAX_LENGTH = 4000;
    /** Operators, functions and operands in one expression. */
    static final int MAX_NODES = 1000;
    /** Nesting: parentheses, function calls, chained prefix signs. */
    static final int MAX_DEPTH = 40;
    /** The exponent of {@code ^}: a whole number of at most this size. */
    static final int MAX_EXPONENT = 100;
    /** Every number an expression makes stays below 10^this in size. */
    static final int MAX_DIGITS = 100;
    /** Decimal places kept; a smaller number than 10^-this counts as 0. */
    static final int MAX_PLACES = 100;

    private ExpressionBounds() {
    }

    /** The cheap checks on the text, before EvalEx reads it: length, nesting and the functions it names. */
    static void checkText(String source, FunctionDictionaryIfc functions) throws ParseException {
        if (source.length() > MAX_LENGTH) {
            throw refused("it is " + source.length() + " characters long; at most " + MAX_LENGTH + " are read");
        }
        int depth = 0;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = ExpressionText.skipString(source, i) - 1;
            } else if (c == '(' && ++depth > MAX_DEPTH) {
                throw refused("it nests deeper than " + MAX_DEPTH + " levels");
            } else if (c == ')') {
                depth--;
            } else if (isNameStart(c) && (i == 0 || !isNamePart(source.charAt(i - 1)))) {
                int end = i;
                while (end < n && (isNamePart(source.charAt(end)) || source.charAt(end) == '.')) {
                    end++;
                }
                int next = end;
                while (next < n && source.charAt(next) == ' ') {
                    next++;
                }
                String name = source.substring(i, end);
                if (next < n && source.charAt(next) == '(' && !functions.hasFunction(name)) {
                    throw refused(name + " is not one of the form functions ("
                            + String.join(", ", new TreeSet<>(functions.getAvailableFunctionNames())) + ")");
                }
                i = end - 1;
            }
        }
    }

    /** The checks on the parsed tree, walked without recursion: size, depth, literal exponents and places. */
    static void checkTree(ASTNode root) throws ParseException {
        Deque<ASTNode> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        int count = 0;
        while (!nodes.isEmpty()) {
            ASTNode node = nodes.pop();
            int depth = depths.pop();
            if (++count > MAX_NODES) {
                throw refused("it has more than " + MAX_NODES + " operators and operands");
            }
            if (depth > MAX_DEPTH) {
                throw refused("it nests deeper than " + MAX_DEPTH + " levels");
            }
            Token token = node.getToken();
            switch (token.getType()) {
                case NUMBER_LITERAL -> {
                    BigDecimal n = literal(token);
                    if (outOfRange(n)) {
                        throw refused("the number " + abbreviated(token.getValue()) + " is too large");
                    }
                    // 1E-999999999 is small, but written out (text + number joins them) it has a billion digits.
                    if (n.scale() > MAX_PLACES && n.stripTrailingZeros().scale() > MAX_PLACES) {
                        throw refused("the number " + abbreviated(token.getValue()) + " has more than " + MAX_PLACES
                                + " decimal places");
                    }
                }
                case INFIX_OPERATOR -> {
                    if ("^".equals(token.getValue())) {
                        BigDecimal exponent = constant(node.getParameters().get(1));
                        if (exponent != null && !exponentAllowed(exponent)) {
                            throw refused("the exponent " + abbreviated(exponent.toString())
                                    + " is not a whole number from -" + MAX_EXPONENT + " to " + MAX_EXPONENT);
                        }
                    }
                }
                case FUNCTION -> {
                    if (isRound(token) && node.getParameters().size() == 2) {
                        BigDecimal places = constant(node.getParameters().get(1));
                        if (places != null && !placesAllowed(places)) {
                            throw refused("ROUND keeps from -" + MAX_PLACES + " to " + MAX_PLACES + " places");
                        }
                    }
                }
                default -> {
                }
            }
            for (ASTNode child : node.getParameters()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }

    static boolean isRound(Token token) {
        return "ROUND".equalsIgnoreCase(token.getValue());
    }

    static boolean exponentAllowed(BigDecimal exponent) {
        return isWhole(exponent) && exponent.abs().compareTo(BigDecimal.valueOf(MAX_EXPONENT)) <= 0;
    }

    static boolean placesAllowed(BigDecimal places) {
        return isWhole(places) && places.abs().compareTo(BigDecimal.valueOf(MAX_PLACES)) <= 0;
    }

    /** True when the number is 10^MAX_DIGITS or more in size. */
    static boolean outOfRange(BigDecimal n) {
        return n.signum() != 0 && (long) n.precision() - n.scale() > MAX_DIGITS;
    }

    /** A power's size, estimated from the base's digits before anything is computed. */
    static boolean powerOutOfRange(BigDecimal base, int exponent) {
        if (base.signum() == 0 || exponent == 0) {
            return false;
        }
        long magnitude = (long) base.precision() - base.scale(); // 10^(magnitude-1) <= |base| < 10^magnitude
        long size = magnitude > 0 ? magnitude * exponent : (magnitude - 1) * exponent;
        return Math.abs(size) > MAX_DIGITS + 1L;
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** The value of a literal, or of a literal with prefix signs; null for anything else. */
    private static BigDecimal constant(ASTNode node) {
        int sign = 1;
        while (node.getToken().getType() == Token.TokenType.PREFIX_OPERATOR && node.getParameters().size() == 1) {
            String op = node.getToken().getValue();
            if ("-".equals(op)) {
                sign = -sign;
            } else if (!"+".equals(op)) {
                return null;
            }
            node = node.getParameters().get(0);
        }
        if (node.getToken().getType() != Token.TokenType.NUMBER_LITERAL) {
            return null;
        }
        BigDecimal n = literal(node.getToken());
        return sign < 0 ? n.negate() : n;
    }

    private static BigDecimal literal(Token token) {
        try {
            String text = token.getValue().toLowerCase(Locale.ROOT);
            if (text.startsWith("0x")) {
                return new BigDecimal(new java.math.BigInteger(text.substring(2), 16));
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO; // EvalEx reports what it cannot read itself
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 24 ? s : s.substring(0, 20) + "…";
    }

    private static ParseException refused(String why) {
        return new ParseException(0, 0, "", "refused: " + why);
    }


    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
