package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.formdesk.form.FieldDef;

/**
 * What one kind of field is, in one place: how a typed text reads as its value, which characters may be
 * typed, its canonical and displayed text, its JSON Schema, and the properties callers ask instead of
 * naming field types. One class per kind; {@link FieldKinds} registers them.
 */
public interface FieldKind {

    /** What a kind is, as a set of traits: the properties below read them. */
    enum Trait {
        NUMERIC, SUMMABLE, TEXTUAL, PROSE, MULTILINE, RATE, WHOLE, COMPUTABLE, OPTIONS, YES_NO, TABLE, SCORE, GROUPED,
        FIGURE, CHINESE_NUMERALS
    }

    /** Whether this kind has the trait. */
    boolean has(Trait trait);

    /** An exact number (integer, money, decimal, percent, score): right-aligned, bounded by min and max. */
    default boolean numeric() {
        return has(Trait.NUMERIC);
    }

    /** Set flush right in a column, where figures line up by their last digit: every number. */
    default boolean rightAligned() {
        return numeric();
    }

    /** Amounts that add up down a table's column (a rate or a score does not): the screen shows their sum. */
    default boolean summable() {
        return has(Trait.SUMMABLE);
    }

    /** The value is text a person reads (text, long text, phone, choice), not a figure or a date. */
    default boolean textual() {
        return has(Trait.TEXTUAL);
    }

    /** Free prose (text, long text): what names a table's row when the form names no column. */
    default boolean prose() {
        return has(Trait.PROSE);
    }

    /** Several lines, typed in a box of its own or an editor (long text). */
    default boolean multiline() {
        return has(Trait.MULTILINE);
    }

    /** A rate held as a ratio (0.98) and shown as a percentage (98%). */
    default boolean rate() {
        return has(Trait.RATE);
    }

    /** Whole numbers only: a computed figure is rounded half-up to a whole number. */
    default boolean whole() {
        return has(Trait.WHOLE);
    }

    /** A kind a computed field may have. */
    default boolean computable() {
        return has(Trait.COMPUTABLE);
    }

    /** One of the field's options. */
    default boolean choosesOption() {
        return has(Trait.OPTIONS);
    }

    /** Yes or no. */
    default boolean yesNo() {
        return has(Trait.YES_NO);
    }

    /** Rows of cells, one column a field. */
    default boolean table() {
        return has(Trait.TABLE);
    }

    /** An indicator's score. */
    default boolean score() {
        return has(Trait.SCORE);
    }

    /** Shown with thousands grouped where a spreadsheet formats it (money). */
    default boolean grouped() {
        return has(Trait.GROUPED);
    }

    /** Read as a figure: folded to ASCII, white space dropped (else as text: only trimmed). */
    default boolean figure() {
        return has(Trait.FIGURE);
    }

    /** Chinese numerals as written on paper (二〇二一, 十二) read as digits before parsing. */
    default boolean chineseNumerals() {
        return has(Trait.CHINESE_NUMERALS);
    }

    /** Most decimals accepted on input when the form gives no scale. */
    default int defaultScale() {
        return 6;
    }

    /** Decimals a figure is shown with when the form gives no round; null: as many as its scale. */
    default Integer ownRound() {
        return null;
    }

    /** A typed text, already normalised (never empty), read as this kind's value, or the problem. */
    Reading read(FieldDef field, Input in);

    /**
     * What was typed for one field: the text normalised as the kind reads it ({@link #figure()}), the text as
     * typed (quoted back in a problem), and for a figure the field's unit normalised the same way.
     */
    record Input(String text, String raw, String unit) {
    }

    /** Whether a typed character (not a control, not a space) could be part of a value of this kind. */
    default boolean admits(FieldDef field, char c) {
        return true;
    }

    /** A value of this kind, shown beside a refused character; empty when any character may be typed. */
    default String example() {
        return "";
    }

    /** A value as canonical text: numbers exact and plain, dates ISO, yes/no as true/false. */
    default String canonical(FieldDef field, Object value) {
        return Canonical.text(value);
    }

    /**
     * A typed value as a record's JSON holds it: an exact number as a plain decimal string (a BigInteger where the
     * kind writes whole numbers as numbers), yes/no as a Boolean, anything else as its canonical text.
     */
    default Object recorded(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value instanceof Boolean ? value : Canonical.text(value);
    }

    /** A computed figure as held: whole kinds round half-up to a whole number. */
    default BigDecimal computed(BigDecimal value) {
        return value;
    }

    /** A figure rounded half-up as it is shown, still as held (a rate as its ratio): for display and export only. */
    default BigDecimal rounded(FieldDef field, BigDecimal value) {
        return value.setScale(field.roundOrDefault(), RoundingMode.HALF_UP);
    }

    /** A figure as shown, still a number: {@link #rounded} (a rate as its percentage); no unit. */
    default BigDecimal displayed(FieldDef field, BigDecimal value) {
        return rounded(field, value);
    }

    /** A figure as shown: {@link #displayed} written plain; no unit. */
    default String display(FieldDef field, BigDecimal value) {
        return displayed(field, value).toPlainString();
    }

    /** A held figure as people type it (a rate as its percentage): what min, max and step bound. */
    default BigDecimal asTyped(BigDecimal held) {
        return held;
    }

    /** A figure as shown with its sign where the kind has one (98%). */
    default String displayWithSign(FieldDef field, BigDecimal value) {
        return display(field, value);
    }

    /** The unit shown beside a value: the form's unit, or the kind's own sign. */
    default String unit(FieldDef field) {
        return field.unit();
    }

    /** Writes this kind's part of a field's JSON Schema into {@code s} (title and description are written already). */
    void schema(FieldDef field, ObjectNode s, Properties properties);

    /** Writes an object whose properties are these fields (a table's row). */
    @FunctionalInterface
    interface Properties {
        void of(ObjectNode node, List<FieldDef> fields);
    }
}
