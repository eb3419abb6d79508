package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.formdesk.record.Change;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two complete fill sessions at once in one JVM, each on its own virtual terminal and draft, their keys
 * interleaved one by one: each draft ends exactly as it does when its session runs alone. (Nothing a
 * session changes may live in static state or in the shared engine.)
 */
class TwoSessionsTest {
    @TempDir
    Path dir;

    @Test
    void twoSessionsInterleavedEndAsEachDoesAlone() throws Exception {
        JsonNode first = SeedValues.load();
        ObjectNode second = first.deepCopy();
        second.put("fiscal_year", "2022");
        second.put("unit_name", "综合规划部");
        second.put("unit_head", "李明");

        List<String> aloneA = fill(dir.resolve("alone-a"), first, null, 0);
        List<String> aloneB = fill(dir.resolve("alone-b"), second, null, 1);

        Turns turns = new Turns();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> a = pool.submit(() -> fill(dir.resolve("inter-a"), first, turns, 0));
            Future<List<String>> b = pool.submit(() -> fill(dir.resolve("inter-b"), second, turns, 1));
            assertThat(a.get(5, TimeUnit.MINUTES)).isEqualTo(aloneA);
            assertThat(b.get(5, TimeUnit.MINUTES)).isEqualTo(aloneB);
        } finally {
            pool.shutdownNow();
        }
        assertThat(turns.switches).as("the keys really were interleaved").isGreaterThan(100);
        assertThat(aloneA).isNotEqualTo(aloneB);
    }

    /** Types a whole record through the screen and saves it; the draft's values, explanations and trail as text. */
    private static List<String> fill(Path folder, JsonNode values, Turns turns, int me) throws Exception {
        Path draft = folder.resolve("draft.yaml");
        ScreenDriver d = new ScreenDriver(draft, folder.resolve("out"), 80, 24);
        if (turns != null) {
            d.beforeKey = () -> turns.take(me);
        }
        try {
            SeedValues.typeAll(d, values);
            d.ctrl('s');
        } finally {
            if (turns != null) {
                turns.leave(me);
            }
        }
        RecordFile saved = new RecordReader(d.model.form).read(draft).record();
        List<String> out = new ArrayList<>();
        out.add("values " + saved.values());
        out.add("explanations " + saved.explanations());
        for (Change c : saved.history()) {
            out.add(c.field() + ": " + c.from() + " -> " + c.to() + " by " + c.user());
        }
        out.add("screen " + d.text().replace(folder.toString(), "<folder>")); // folder names of one length: lines cut alike
        return out;
    }

    /** Two players taking turns key by key; one that has left no longer holds the other up. */
    static final class Turns {
        private int turn;
        private final boolean[] left = new boolean[2];
        int switches;

        synchronized void take(int me) {
            while (turn != me && !left[1 - me]) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            turn = 1 - me; // the other may go as soon as this key is in: both sessions work at once
            switches++;
            notifyAll();
        }

        synchronized void leave(int me) {
            left[me] = true;
            notifyAll();
        }
    }
}
