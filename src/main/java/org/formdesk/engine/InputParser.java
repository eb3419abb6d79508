package org.formdesk.engine;

import org.formdesk.form.FieldDef;
import org.formdesk.form.kind.FieldKind;
import org.formdesk.form.kind.Reading;

/**
 * Reads one raw input for one field: normalises it as its kind reads (a figure or a text), then either returns
 * the typed value the kind read or a message that names the field and says what is expected. Never throws on
 * any string.
 */
public final class InputParser {
    private final Texts texts;

    public InputParser(Texts texts) {
        this.texts = texts;
    }

    public Parsed parse(FieldDef field, String raw) {
        if (raw == null) {
            return Parsed.EMPTY;
        }
        FieldKind kind = field.kind();
        Normalizer.Problem unsafe = Normalizer.unsafe(raw, kind.multiline());
        if (unsafe != null) {
            return Parsed.error(texts.t(unsafe == Normalizer.Problem.CONTROL ? "control" : "surrogate", field.label()));
        }
        String s = kind.figure() ? Normalizer.figure(raw) : Normalizer.text(raw);
        if (kind.chineseNumerals()) {
            s = ChineseNumerals.toDigits(s); // 二〇二一, 二〇二二年二月八日: years and dates as written on paper
        }
        if (s.isEmpty()) {
            return Parsed.EMPTY;
        }
        String unit = kind.numeric() && field.unit() != null ? Normalizer.figure(field.unit()) : null;
        Reading read = kind.read(field, new FieldKind.Input(s, raw, unit));
        return read.ok() ? Parsed.ok(read.value()) : Parsed.error(texts.t(read.problem(), read.args()));
    }
}
