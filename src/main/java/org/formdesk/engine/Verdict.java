package org.formdesk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot of a record amounts to: its open errors, warnings and pending checks, which warnings
 * still lack an explanation, and whether it may be finalised. The screen, {@code --plain}, the CLI and the
 * exports all read this one answer instead of each counting for itself.
 */
public final class Verdict {
    private final List<Violation> errors;
    private final List<Violation> warnings;
    private final List<Violation> pending;
    private final Map<String, String> explanations;

    private Verdict(List<Violation> errors, List<Violation> warnings, List<Violation> pending,
                    Map<String, String> explanations) {
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.pending = List.copyOf(pending);
        this.explanations = Map.copyOf(explanations);
    }

    /** The verdict on the state as it is now, with the explanations the record carries. */
    public static Verdict of(FormState state, Map<String, String> explanations) {
        return new Verdict(state.errors(), state.warnings(), state.pending(), explanations);
    }

    public List<Violation> errors() {
        return errors;
    }

    public List<Violation> warnings() {
        return warnings;
    }

    public List<Violation> pending() {
        return pending;
    }

    /** Every open problem: errors, then warnings, then pending checks. */
    public List<Violation> problems() {
        List<Violation> out = new ArrayList<>(errors.size() + warnings.size() + pending.size());
        out.addAll(errors);
        out.addAll(warnings);
        out.addAll(pending);
        return out;
    }

    /** The explanation given for a failed warning, or null if there is none (a blank one counts as none). */
    public String explanation(String checkId) {
        String why = explanations.get(checkId);
        return why == null || why.isBlank() ? null : why;
    }

    /** The warnings nobody has explained yet, in form order. */
    public List<Violation> unexplained() {
        List<Violation> out = new ArrayList<>();
        for (Violation w : warnings) {
            if (explanation(w.id()) == null) {
                out.add(w);
            }
        }
        return out;
    }

    /** The first warning still waiting for an explanation, or null. */
    public Violation nextUnexplained() {
        for (Violation w : warnings) {
            if (explanation(w.id()) == null) {
                return w;
            }
        }
        return null;
    }

    /** The record may be written as final: no errors (warnings need explanations, which Finalize asks for). */
    public boolean finalisable() {
        return errors.isEmpty();
    }

    /** The open problems that name a field (its own errors and the checks over it). */
    public List<Violation> about(String fieldId) {
        List<Violation> out = new ArrayList<>();
        for (Violation v : problems()) {
            if (v.id().equals(fieldId) || v.fields().contains(fieldId)) {
                out.add(v);
            }
        }
        return out;
    }
}
