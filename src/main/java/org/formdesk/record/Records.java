package org.formdesk.record;

import java.util.List;
import java.util.Map;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;

/** Between a stored record and the engine's state of it. */
public final class Records {
    private Records() {
    }

    public static FormState state(Engine engine, RecordFile record) {
        FormState state = engine.newState();
        state.load(record.values());
        return state;
    }

    public static RecordFile of(FormState state, RecordStatus status, Map<String, String> explanations, RecordMeta meta) {
        return of(state, status, explanations, meta, List.of());
    }

    /** The state's values as a record of its form, with the given audit trail. */
    public static RecordFile of(FormState state, RecordStatus status, Map<String, String> explanations, RecordMeta meta,
                                List<Change> history) {
        return new RecordFile(state.form().id(), state.form().version(), state.form().hash(), status,
                state.rawValues(), explanations, meta, history);
    }
}
