package org.formdesk.form.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.formdesk.form.FieldType;
import org.junit.jupiter.api.Test;

/** The registration is complete and wired to the right classes, and the kinds' properties agree with each other. */
class FieldKindsTest {

    @Test
    void everyFieldTypeHasItsOwnKind() {
        for (FieldType t : FieldType.values()) {
            FieldKind kind = FieldKinds.of(t);
            assertThat(kind).as(t.name()).isNotNull();
            // TextKind for TEXT, LongTextKind for LONGTEXT …: a type wired to another type's class fails here.
            assertThat(kind.getClass().getSimpleName().replace("Kind", "").toUpperCase(Locale.ROOT))
                    .as(t.name()).isEqualTo(t.name());
            assertThat(t.kind()).isSameAs(kind);
        }
        assertThat(Arrays.stream(FieldType.values()).map(FieldKinds::of).distinct()).hasSize(FieldType.values().length);
    }

    @Test
    void numericMeansOneThing() {
        for (FieldType t : FieldType.values()) {
            FieldKind k = t.kind();
            assertThat(t.isNumeric()).as(t.name()).isEqualTo(k.numeric());
            if (k.summable() || k.rate() || k.computable() || k.whole() || k.score() || k.ownRound() != null) {
                assertThat(k.numeric()).as(t.name() + " is a number").isTrue();
            }
            if (k.prose() || k.choosesOption()) {
                assertThat(k.textual()).as(t.name() + " is text").isTrue();
            }
            assertThat(k.rightAligned()).as(t.name()).isEqualTo(k.numeric());
        }
    }

    @Test
    void theNumbersAreTheOnesTheFormFileDocuments() {
        assertThat(Arrays.stream(FieldType.values()).filter(FieldType::isNumeric))
                .containsExactly(FieldType.INTEGER, FieldType.MONEY, FieldType.DECIMAL, FieldType.PERCENT, FieldType.SCORE);
        assertThat(Arrays.stream(FieldType.values()).filter(t -> t.kind().summable()))
                .containsExactly(FieldType.INTEGER, FieldType.MONEY, FieldType.DECIMAL);
        assertThat(Arrays.stream(FieldType.values()).filter(t -> t.kind().computable()))
                .containsExactly(FieldType.INTEGER, FieldType.MONEY, FieldType.DECIMAL, FieldType.PERCENT);
        assertThat(Arrays.stream(FieldType.values()).filter(t -> t.kind().textual()))
                .containsExactly(FieldType.TEXT, FieldType.LONGTEXT, FieldType.PHONE, FieldType.CHOICE);
    }
}
