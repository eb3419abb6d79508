package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.formdesk.record.DraftLocks;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.Who;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hosted session's idle limit is a timer of the update: the update asks for it on every key, and
 * decides when it comes back whether the session ends (saving what is typed) or the timer is stale.
 */
class IdleTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void theNewestIdleTimerEndsTheSessionWithASave() {
        FillModel m = model();
        Msg.Idle first = timer(Update.update(m, new Msg.IdleLimit(Duration.ofMinutes(30))));
        Msg.Idle afterKey = timer(Update.update(m, new Msg.Key(new KeyStroke('2', false, false))));
        assertThat(afterKey.generation()).isGreaterThan(first.generation());

        List<Effect> effects = Update.update(m, afterKey);

        assertThat(effects).singleElement().isInstanceOf(Effect.SaveDraft.class);
        assertThat(m.quitting()).isTrue();
        assertThat(m.idle.expired()).isTrue();
    }

    @Test
    void aTimerSetBeforeTheLastKeyIsStaleAndDoesNothing() {
        FillModel m = model();
        Msg.Idle first = timer(Update.update(m, new Msg.IdleLimit(Duration.ofMinutes(30))));
        Update.update(m, new Msg.Key(new KeyStroke('2', false, false)));

        assertThat(Update.update(m, first)).isEmpty();
        assertThat(m.quitting()).isFalse();
        assertThat(m.idle.expired()).isFalse();
    }

    @Test
    void aLocalFillAsksForNoTimer() {
        FillModel m = model();
        assertThat(Update.update(m, new Msg.Key(new KeyStroke('2', false, false)))).isEmpty();
        assertThat(Update.update(m, new Msg.Idle(0))).isEmpty();
        assertThat(m.quitting()).isFalse();
    }

    @Test
    void theHostedLoopWaitsNoLongerThanTheTimerThenSavesAndSaysItIdledOut() throws Exception {
        Path draft = dir.resolve("d.yaml");
        DraftSession session = DraftSession.open(new DraftLocks(), ScreenDriver.seedEngine(), draft, dir.resolve("out"),
                Words.of("zh"), null, new PrintWriter(new StringWriter()), Who.local());
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        var screen = HostedFill.screen(vt);
        screen.startScreen();
        vt.addInput(new KeyStroke('2', false, false));
        List<Long> waits = new java.util.ArrayList<>();
        FillApp.Wait wait = nanos -> {
            waits.add(nanos);
            Thread.sleep(Math.max(1, nanos / 1_000_000));
            return true;
        };

        boolean idle = HostedFill.run(session, screen, wait, Duration.ofMillis(50), false, true);

        assertThat(idle).isTrue();
        assertThat(waits).isNotEmpty().allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(Duration.ofMillis(50).toNanos()));
        assertThat(Files.readString(draft)).contains("fiscal_year: 2");
        session.saveAndRelease();
    }

    private FillModel model() {
        Path draft = dir.resolve("d.yaml");
        Opening opening = Opening.open(ScreenDriver.seedEngine(), draft);
        return new FillModel(opening.state(), Words.of("zh"), new DraftRepository(draft, dir.resolve("out")),
                opening.explanations(), opening.meta());
    }

    private static Msg.Idle timer(List<Effect> effects) {
        Effect.After after = (Effect.After) effects.stream().filter(e -> e instanceof Effect.After).findFirst().orElseThrow();
        assertThat(after.delay()).isEqualTo(Duration.ofMinutes(30));
        return (Msg.Idle) after.msg();
    }
}
