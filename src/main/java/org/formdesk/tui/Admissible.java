package org.formdesk.tui;

import org.formdesk.engine.Normalizer;
import org.formdesk.form.FieldDef;

/**
 * Whether a typed character could ever be part of a valid value of the field. Only characters that
 * can never be valid are refused as typed; ranges, patterns and requirements wait until the field is left.
 */
final class Admissible {
    private Admissible() {
    }

    static boolean accepts(FieldDef field, char c) {
        if (Character.isSurrogate(c) || Normalizer.control(c)) {
            return false;
        }
        return Character.isSpaceChar(c) || field.kind().admits(field, c);
    }

    /** A value the field would take, to show beside a refusal. */
    static String example(FieldDef field) {
        return field.kind().example();
    }
}
