package org.formdesk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginGuardTest {
    private final AtomicLong now = new AtomicLong();
    private final LoginGuard guard = new LoginGuard(5, 2, now::get);

    @Test
    void eachFailureDoublesTheWaitOfThatUserFromThatAddressUntilASuccess() {
        assertThat(guard.waitMillis("a", "10.0.0.1")).isZero();
        guard.failed("a", "10.0.0.1");
        assertThat(guard.waitMillis("a", "10.0.0.1")).isEqualTo(1000);
        guard.failed("a", "10.0.0.1");
        guard.failed("a", "10.0.0.1");
        assertThat(guard.waitMillis("a", "10.0.0.1")).isEqualTo(4000);
        assertThat(guard.waitMillis("b", "10.0.0.1")).as("another user").isZero();
        assertThat(guard.waitMillis("a", "10.0.0.2")).as("another address").isZero();
        for (int i = 0; i < 20; i++) {
            guard.failed("c", "10.0.0.3");
        }
        assertThat(guard.waitMillis("c", "10.0.0.3")).isEqualTo(32_000);
        guard.succeeded("a", "10.0.0.1");
        assertThat(guard.waitMillis("a", "10.0.0.1")).isZero();
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedUntilTheyAgeOut() {
        for (int i = 0; i < 4; i++) {
            guard.failed("u" + i, "10.0.0.1");
        }
        assertThat(guard.blocked("10.0.0.1")).isFalse();
        guard.failed("u9", "10.0.0.1");
        assertThat(guard.blocked("10.0.0.1")).isTrue();
        assertThat(guard.blocked("10.0.0.2")).isFalse();
        now.addAndGet(LoginGuard.WINDOW_NANOS + 1);
        assertThat(guard.blocked("10.0.0.1")).isFalse();
    }

    @Test
    void anAddressHoldsOnlyItsShareOfConnections() {
        assertThat(guard.admit("10.0.0.1")).isTrue();
        assertThat(guard.admit("10.0.0.1")).isTrue();
        assertThat(guard.admit("10.0.0.1")).isFalse();
        assertThat(guard.admit("10.0.0.2")).isTrue();
        guard.release("10.0.0.1");
        assertThat(guard.admit("10.0.0.1")).isTrue();
    }
}
