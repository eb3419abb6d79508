package org.formdesk.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The strings fuzz cases are made of: what a user, a paste, a file or an attacker can bring. */
public final class Hostile {
    private Hostile() {
    }

    /** Text of every kind: number-like, controls and escape sequences, CJK, surrogates, any char. */
    public static Arbitrary<String> text() {
        Arbitrary<String> numberish = Arbitraries.strings()
                .withChars("0123456789.,+-−－%万元年月日/ 　１２．，e\u0000\u001b\u0007\u009b\u202e\uD800\uDC00\n\t\r")
                .ofMaxLength(30);
        Arbitrary<String> escapes = Arbitraries.of("\u001b[2J", "\u001b]0;t\u0007", "\u001b]52;c;eA==\u0007", "\u001b[200~",
                "\u001b[201~", "\u001b[21~", "\u0011", "\u0003", "\u001a", "\u001c", "\r\n", "\u0000", "＝1+1", "\ufeff=1");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').withChars("，。：；（）").ofMaxLength(30);
        Arbitrary<String> mixed = Arbitraries.oneOf(numberish, escapes, any, cjk).list().ofMaxSize(4)
                .map(parts -> String.join("", parts));
        Arbitrary<String> long_ = Arbitraries.of("9", "a", "中", "\u001b[", "-", "(").flatMap(
                unit -> Arbitraries.integers().between(1_000, 20_000).map(unit::repeat));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mixed), net.jqwik.api.Tuple.of(3, numberish), net.jqwik.api.Tuple.of(1, long_));
    }

    /** The bytes of a file changed a few places at random: flipped, dropped, doubled or inserted bytes. */
    public static Arbitrary<byte[]> mutations(byte[] original) {
        Arbitrary<int[]> edit = Arbitraries.integers().between(0, 3).flatMap(kind ->
                Arbitraries.integers().between(0, Math.max(0, original.length - 1)).flatMap(at ->
                        Arbitraries.integers().between(0, 255).map(b -> new int[] {kind, at, b})));
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] cur = original;
            for (int[] e : edits) {
                int at = Math.min(e[1], Math.max(0, cur.length - 1));
                out.reset();
                out.write(cur, 0, at);
                switch (e[0]) {
                    case 0 -> out.write((byte) e[2]);                                         // replace
                    case 1 -> { }                                                             // drop
                    case 2 -> { out.write((byte) e[2]); if (at < cur.length) { out.write(cur[at]); } } // insert
                    default -> { if (at < cur.length) { out.write(cur[at]); out.write(cur[at]); } } // double
                }
                if (at + 1 <= cur.length) {
                    out.write(cur, at + 1, cur.length - at - 1);
                }
                cur = out.toByteArray();
            }
            return cur;
        });
    }
}
