package org.formdesk.tui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.CheckResult;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;

/**
 * Where things are on the screens of one form: the items the focus can rest on in each section, the
 * section and place of each field, and after which field each check is listed. What depends only on the
 * form is worked out once; items of sections with tables follow the rows.
 */
final class Layout {
    private final Form form;
    /** The items of sections without tables never change: kept, not rebuilt for every field drawn. */
    private final Map<Integer, List<Item>> fixedItems = new HashMap<>();
    private final Map<String, Integer> sectionOfField = new HashMap<>();
    private final Map<String, Integer> placeInSection = new HashMap<>();

    Layout(Form form) {
        this.form = form;
        for (int s = 0; s < form.sections().size(); s++) {
            List<FieldDef> fields = form.sections().get(s).fields();
            for (int i = 0; i < fields.size(); i++) {
                sectionOfField.putIfAbsent(fields.get(i).id(), s);
                placeInSection.put(fields.get(i).id(), i);
            }
        }
    }

    int summaryIndex() {
        return form.sections().size();
    }

    /** The section a field is on, or null for a field of no section (a table column). */
    Integer sectionOf(String fieldId) {
        return sectionOfField.get(fieldId);
    }

    /**
     * The items of a section; {@code rowsOf} gives a table's row count, {@code problems} the number of open
     * problems (the summary lists one item each, then Finalize).
     */
    List<Item> items(int section, java.util.function.ToIntFunction<String> rowsOf, int problems) {
        List<Item> fixed = fixedItems.get(section);
        if (fixed != null) {
            return fixed;
        }
        List<Item> out = new ArrayList<>();
        if (section == summaryIndex()) {
            for (int i = 0; i < problems; i++) {
                out.add(Item.problem(i));
            }
            out.add(Item.finalizeButton());
            return out;
        }
        boolean tables = false;
        for (FieldDef f : form.sections().get(section).fields()) {
            if (f.isComputed()) {
                continue;
            }
            if (f.kind().table()) {
                tables = true;
                out.add(Item.table(f.id()));
                int rows = rowsOf.applyAsInt(f.id());
                for (int r = 0; r < rows; r++) {
                    for (FieldDef c : f.columns()) {
                        out.add(Item.cell(f.id(), r, c.id()));
                    }
                }
            } else {
                out.add(Item.field(f.id()));
            }
        }
        if (!tables) {
            fixedItems.put(section, List.copyOf(out));
        }
        return out;
    }

    /** The shown checks by the field they are listed after: the last field of each section they name. */
    Map<String, List<CheckResult>> placeChecks(Collection<CheckResult> checks) {
        Map<String, List<CheckResult>> out = new HashMap<>();
        Map<Integer, Integer> last = new HashMap<>(); // section -> the last place in it the check names
        for (CheckResult r : checks) {
            last.clear();
            for (String id : r.fields()) {
                Integer s = sectionOfField.get(id);
                if (s != null) {
                    last.merge(s, placeInSection.get(id), Math::max);
                }
            }
            for (Map.Entry<Integer, Integer> e : last.entrySet()) {
                String after = form.sections().get(e.getKey()).fields().get(e.getValue()).id();
                out.computeIfAbsent(after, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }
}
