package org.formdesk.tui;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * What the update asks of the world, as data: {@link EffectRunner} does it outside the update and feeds
 * back what happened as a {@link Msg}. The record trees are built by the update from its state, so the
 * runner writes what the state was when it was asked.
 */
public sealed interface Effect {
    /** What to do once a draft save worked. */
    enum Then { NOTHING, SAY, QUIT }

    record SaveDraft(JsonNode tree, Then then) implements Effect {
    }

    record WriteRecord(JsonNode tree, String baseName) implements Effect {
    }

    record OpenEditor(String text) implements Effect {
    }

    record Bell() implements Effect {
    }

    /**
     * A timer: {@code msg} comes back to the update after {@code delay}. A later timer with the same kind
     * of message replaces it, so a timer restarted on every key is one timer, not one per key.
     */
    record After(Duration delay, Msg msg) implements Effect {
    }
}
