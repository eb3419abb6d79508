package org.formdesk.record.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.formdesk.engine.FormState;
import org.formdesk.engine.Verdict;
import org.formdesk.engine.Violation;
import org.formdesk.form.Form;
import org.formdesk.form.Problem;
import org.formdesk.form.Section;
import org.formdesk.record.RecordRead;

/**
 * Every open problem of a record as people read it: errors (the file's own, then the fields' and the
 * checks'), warnings with their explanation, pending checks and notes — each with the section and the
 * labels of the fields it concerns, as the printed form and the bureau's workbook show them.
 */
final class OpenProblems {
    /** kind is error, warning or pending (ExportWords keys); explanation null when none was given. */
    record Entry(String kind, String section, String fields, String message, String explanation) {
    }

    private OpenProblems() {
    }

    static List<Entry> of(RecordRead read, FormState state) {
        Form form = state.form();
        List<Entry> out = new ArrayList<>();
        for (Problem p : read.issues()) {
            out.add(new Entry("error", "", "", p.toString(), null));
        }
        Verdict verdict = Verdict.of(state, read.record().explanations());
        for (Violation v : verdict.errors()) {
            out.add(entry(form, "error", v, null));
        }
        for (Violation v : verdict.warnings()) {
            out.add(entry(form, "warning", v, verdict.explanation(v.id())));
        }
        for (Violation v : verdict.pending()) {
            out.add(entry(form, "pending", v, null));
        }
        for (Problem p : read.notes()) {
            out.add(new Entry("warning", "", "", p.toString(), null));
        }
        return out;
    }

    private static Entry entry(Form form, String kind, Violation v, String explanation) {
        List<String> ids = v.fields().isEmpty() ? List.of(v.id()) : v.fields();
        Set<String> sections = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        for (String id : ids) {
            String base = id.contains("[") ? id.substring(0, id.indexOf('[')) : id;
            String sectionId = form.sectionOf(base);
            if (sectionId != null) {
                sections.add(title(form, sectionId));
            }
            labels.add(form.fields().containsKey(base) ? form.label(base) : id);
        }
        return new Entry(kind, String.join("、", sections), String.join("、", labels), v.message(), explanation);
    }

    private static String title(Form form, String sectionId) {
        for (Section s : form.sections()) {
            if (s.id().equals(sectionId)) {
                return s.title();
            }
        }
        return sectionId;
    }
}
