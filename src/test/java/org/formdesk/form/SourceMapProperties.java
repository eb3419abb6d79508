package org.formdesk.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * The compact source map answers exactly as a map of strings would: for every pointer, the place recorded for it or
 * for its nearest recorded ancestor; {@code put} replaces, {@code remember} keeps the first.
 */
class SourceMapProperties {
    @Provide
    Arbitrary<List<Tuple3<String, Integer, Boolean>>> writes() {
        Arbitrary<String> segment = Arbitraries.of("sections", "fields", "id", "label", "0", "1", "2", "12", "checks",
                "assert", "a/b", "");
        Arbitrary<String> pointer = segment.list().ofMaxSize(5).map(s -> s.isEmpty() ? "" : "/" + String.join("/", s));
        return Arbitraries.integers().between(1, 100_000).flatMap(line -> pointer.flatMap(p ->
                Arbitraries.of(true, false).map(put -> Tuple.of(p, line, put)))).list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void locatesAsAMapOfStringsWould(@ForAll("writes") List<Tuple3<String, Integer, Boolean>> writes,
                                     @ForAll("writes") List<Tuple3<String, Integer, Boolean>> asked) {
        SourceMap map = SourceMap.empty("f.yaml");
        Map<String, SourceLocation> reference = new HashMap<>();
        for (Tuple3<String, Integer, Boolean> w : writes) {
            JsonLocation loc = new JsonLocation(ContentReference.unknown(), -1, w.get2(), w.get2() % 97 + 1);
            SourceLocation place = new SourceLocation("f.yaml", w.get2(), w.get2() % 97 + 1);
            if (w.get3()) {
                map.put(w.get1(), loc);
                reference.put(w.get1(), place);
            } else {
                map.remember(w.get1(), loc);
                reference.putIfAbsent(w.get1(), place);
            }
        }
        for (Tuple3<String, Integer, Boolean> a : asked) {
            assertThat(map.locate(a.get1())).isEqualTo(expected(reference, a.get1()));
        }
        for (String p : reference.keySet()) {
            assertThat(map.locate(p)).isEqualTo(reference.get(p));
        }
    }

    private static SourceLocation expected(Map<String, SourceLocation> reference, String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation loc = reference.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return SourceLocation.unknown("f.yaml");
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }
}
