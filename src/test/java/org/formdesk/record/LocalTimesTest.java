package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    @Test
    void anInstantIsShownInTheLocalZoneToTheMinute() {
        assertThat(LocalTimes.show("2026-12-02T07:46:06Z", ZoneId.of("Asia/Shanghai"))).isEqualTo("2026-12-02 15:46");
        assertThat(LocalTimes.show("2026-12-02T07:46:06.123456789Z", ZoneId.of("UTC"))).isEqualTo("2026-12-02 07:46");
        assertThat(LocalTimes.show("2026-12-02T15:46:06+08:00", ZoneId.of("UTC"))).isEqualTo("2026-12-02 07:46");
        assertThat(LocalTimes.show("yesterday", ZoneId.of("UTC"))).isEqualTo("yesterday");
        assertThat(LocalTimes.show(null, ZoneId.of("UTC"))).isNull();
    }
}
