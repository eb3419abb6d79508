package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void editsToOneFieldInAFewMinutesCollapseToOneEntry() {
        List<Change> h = List.of();
        h = History.append(h, new Change("carryover", null, "1", "2026-12-01T10:00:00Z", "wang", "ssh"));
        h = History.append(h, new Change("carryover", "1", "14", "2026-12-01T10:01:00Z", "wang", "ssh"));
        h = History.append(h, new Change("carryover", "14", "1431.98", "2026-12-01T10:02:00Z", "wang", "ssh"));
        assertThat(h).containsExactly(new Change("carryover", null, "1431.98", "2026-12-01T10:02:00Z", "wang", "ssh"));
    }

    @Test
    void editsFarApartOrByAnotherUserStaySeparate() {
        List<Change> h = List.of();
        h = History.append(h, new Change("a", null, "1", "2026-12-01T10:00:00Z", "wang", null));
        h = History.append(h, new Change("a", "1", "2", "2026-12-01T11:00:00Z", "wang", null));
        h = History.append(h, new Change("a", "2", "3", "2026-12-01T11:00:30Z", "li", null));
        assertThat(h).hasSize(3);
    }

    @Test
    void aChangeUndoneAtOnceLeavesNoTrace() {
        List<Change> h = List.of(new Change("a", "1", "2", "2026-12-01T10:00:00Z", "wang", null));
        h = History.append(h, new Change("a", "2", "1", "2026-12-01T10:00:10Z", "wang", null));
        assertThat(h).isEmpty();
    }

    @Test
    void theTrailIsBounded() {
        List<Change> h = new ArrayList<>();
        for (int i = 0; i < History.MAX + 50; i++) {
            h = History.append(h, new Change("f" + i, null, "v", "2026-12-01T10:00:00Z", "wang", null));
        }
        assertThat(h).hasSize(History.MAX);
        assertThat(h.get(0).field()).isEqualTo("f50");
    }
}
