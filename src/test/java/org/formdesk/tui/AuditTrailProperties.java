package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.formdesk.engine.FormState;
import org.formdesk.TypesForm;
import org.formdesk.record.Change;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.Who;
import org.junit.jupiter.api.Test;

/**
 * Every change of a value goes through one path that writes the audit trail: after any sequence of edits
 * (typed, pasted, a row added, deleted or moved, a text back from the editor), the trail replays from the
 * values the session opened with to exactly the values it ends with.
 */
class AuditTrailProperties {
    /** One step of a user: {@code op} picks what, {@code text} is what is typed, pasted or edited. */
    record Edit(int op, String text) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> op = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(4, 2), Tuple.of(2, 3),
                Tuple.of(2, 4), Tuple.of(2, 5), Tuple.of(2, 6), Tuple.of(2, 7), Tuple.of(1, 8), Tuple.of(1, 9),
                Tuple.of(1, 10), Tuple.of(2, 11), Tuple.of(2, 12), Tuple.of(2, 13), Tuple.of(1, 14), Tuple.of(1, 15),
                Tuple.of(1, 16), Tuple.of(1, 17));
        Arbitrary<Edit> edit = Combinators.combine(op,
                Arbitraries.strings().withChars("0123456789.-ab中 \n\t").ofMaxLength(6)).as(Edit::new);
        return edit.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void theTrailReplaysToTheFinalValues(@ForAll("edits") List<Edit> edits) {
        String[] editorText = {""};
        FormState opened = TypesForm.engine().newState();
        opened.load(Map.of("name", "财政局", "notes", "第一行\n第二行", "items", List.of(
                Map.of("item", "差旅", "amount", "1200"), Map.of("item", "会议"), Map.of("amount", "3.5"))));
        FillModel m = new FillModel(opened, Words.of("zh"), DraftRepository.scratch(), Map.of(),
                RecordMeta.NONE, new Who("tester", "local"), List.of());
        Session s = new Session(m, text -> editorText[0], () -> { });
        Map<String, Object> start = m.state.rawValues();
        for (Edit e : edits) {
            switch (e.op()) {
                case 0 -> key(s, new KeyStroke(KeyType.Tab));
                case 1 -> key(s, new KeyStroke(KeyType.ReverseTab));
                case 2 -> {
                    for (char c : e.text().toCharArray()) {
                        key(s, c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
                    }
                }
                case 3 -> s.dispatch(new Msg.Paste(e.text()));
                case 4 -> key(s, new KeyStroke('n', true, false));
                case 5 -> {
                    key(s, new KeyStroke('d', true, false));
                    key(s, new KeyStroke('y', false, false));
                }
                case 6 -> key(s, new KeyStroke(KeyType.ArrowUp, false, true));
                case 7 -> key(s, new KeyStroke(KeyType.ArrowDown, false, true));
                case 8 -> {
                    editorText[0] = e.text();
                    key(s, new KeyStroke('e', true, false));
                }
                case 9 -> key(s, new KeyStroke(KeyType.Backspace));
                case 10 -> s.showTyped();
                case 11 -> key(s, new KeyStroke(KeyType.ArrowDown));
                case 13 -> key(s, new KeyStroke(KeyType.Escape)); // the value on entry back
                case 14 -> key(s, new KeyStroke('u', true, false)); // emptied
                case 15 -> key(s, new KeyStroke(KeyType.Insert)); // a row after the current one
                case 16 -> { // Esc S: saves what was typed
                    key(s, new KeyStroke(KeyType.Escape));
                    key(s, new KeyStroke('s', false, false));
                }
                case 17 -> key(s, new KeyStroke(KeyType.F4)); // a row at the end
                default -> {
                    for (int i = 0; i < 40 && m.current().kind() != Item.Kind.CELL; i++) {
                        key(s, new KeyStroke(KeyType.ReverseTab)); // back to the table's last cell
                    }
                }
            }
        }
        s.hangUp();

        assertThat(AuditReplay.replay(m.form, start, m.history()))
                .isEqualTo(AuditReplay.canonical(m.state.rawValues()));
    }

    @Test
    void aDeletedRowStaysInTheTrailWithItsValues() {
        FillModel m = new FillModel(TypesForm.engine().newState(), Words.of("zh"), DraftRepository.scratch(), Map.of(),
                RecordMeta.NONE, new Who("tester", "local"), List.of());
        Session s = new Session(m);
        for (int i = 0; i < 40 && m.current().kind() != Item.Kind.TABLE; i++) {
            key(s, new KeyStroke(KeyType.ReverseTab)); // the session opens at the first field in need, after the table
        }
        key(s, new KeyStroke(KeyType.Enter)); // an empty table: Enter adds its first row
        for (char c : "差旅".toCharArray()) {
            key(s, new KeyStroke(c, false, false));
        }
        key(s, new KeyStroke(KeyType.Tab));
        for (char c : "1200".toCharArray()) {
            key(s, new KeyStroke(c, false, false));
        }
        key(s, new KeyStroke('d', true, false));
        key(s, new KeyStroke('y', false, false));

        assertThat(m.state.raw("items")).isNull();
        Change last = m.history().get(m.history().size() - 1);
        assertThat(last.field()).isEqualTo("items[1]");
        assertThat(last.from()).isEqualTo("{\"item\":\"差旅\",\"amount\":\"1200\"}");
        assertThat(last.to()).isNull();
        assertThat(last.user()).isEqualTo("tester");
    }

    private static void key(Session s, KeyStroke k) {
        s.dispatch(new Msg.Key(k));
    }
}
