package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.formdesk.form.FieldDef;
import org.junit.jupiter.api.Test;

class TablePasteTest {
    private static final List<FieldDef> COLUMNS = ScreenDriver.seedEngine().form().fields().get("income_project_items").columns();

    @Test
    void twoExcelRowsFillTwoRowsFromTheCursorAddingOne() {
        var r = TablePaste.apply(List.of(Map.of("item", "a")), COLUMNS, 0, 0,
                "党建工作及机关文化建设经费\t6.64\r\n绩效评价费\t8\r\n");
        assertThat(r.rows()).containsExactly(Map.of("item", "党建工作及机关文化建设经费", "amount", "6.64"),
                Map.of("item", "绩效评价费", "amount", "8"));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.filled()).isEqualTo(4);
        assertThat(r.leftOut()).isZero();
    }

    @Test
    void cellsBeyondTheLastColumnAreCountedNotLost() {
        var r = TablePaste.apply(List.of(), COLUMNS, 0, 1, "8\textra\n");
        assertThat(r.rows()).containsExactly(Map.of("amount", "8"));
        assertThat(r.leftOut()).isEqualTo(1);
    }

    @Test
    void aSingleCellIsNoBlock() {
        assertThat(TablePaste.isBlock("6.64\n")).isFalse();
        assertThat(TablePaste.isBlock("a\t1")).isTrue();
        assertThat(TablePaste.isBlock("a\nb")).isTrue();
    }
}
