package org.formdesk.record.export;

import static org.formdesk.engine.Phrasebook.e;

import org.formdesk.engine.Phrasebook;

/**
 * The exports' own words (column headers and report headings) in the form's language. Kept apart
 * from the engine's messages because only exports use them; {0}… are replaced as written.
 */
final class ExportWords {
    private static final Phrasebook WORDS = Phrasebook.of(
            e("row", "第{0}行", "row {0}"),
            e("unit", "{0}（{1}）", "{0} ({1})"),
            e("explanation", "{0}·说明", "{0} · explanation"),
            e("file", "文件", "file"),
            e("status", "状态", "status"),
            e("draft", "草稿", "draft"),
            e("final", "定稿", "final"),
            e("total", "总分", "total score"),
            e("max", "满分", "maximum"),
            e("grade", "等级", "grade"),
            e("noGrade", "未评定（尚有指标未评分）", "none yet (not every indicator is scored)"),
            e("errors", "错误数", "errors"),
            e("warnings", "警告数", "warnings"),
            e("unexplained", "未说明的警告数", "unexplained warnings"),
            e("form", "表单", "form"),
            e("item", "项目", "item"),
            e("value", "内容", "value"),
            e("index", "序号", "no."),
            e("sum", "合计", "total"),
            e("scoreTable", "绩效指标评分", "Indicator scores"),
            e("group", "一级指标", "group"),
            e("indicator", "二级指标", "indicator"),
            e("points", "分值", "points"),
            e("score", "得分", "score"),
            e("metrics", "指标数据", "figures"),
            e("deduction", "扣分原因", "reason for deduction"),
            e("scoreLine", "满分 {0}，自评得分 {1}", "{1} of {0} points"),
            e("open", "待处理事项", "Open problems"),
            e("none", "无", "none"),
            e("entry", "{0}：{1}", "{0}: {1}"),
            e("error", "错误", "error"),
            e("warning", "警告", "warning"),
            e("pending", "待核", "pending"),
            e("explained", "说明：{0}", "explanation: {0}"),
            e("unexplainedNote", "（未说明）", " (not explained)"),
            e("aside", "（{0}）", " ({0})"),
            e("indicatorLine", "{0}，满分 {1} 分", "{0}, {1} points"),
            e("colon", "：", ":"),
            e("fieldsSheet", "填报内容", "Fields"),
            e("indicatorsSheet", "绩效指标", "Indicators"),
            e("summarySheet", "汇总", "Summary"),
            e("scoresSheet", "指标得分", "Indicator scores"),
            e("problemsSheet", "错误和警告", "Errors and warnings"),
            e("section", "部分", "section"),
            e("field", "项目", "field"),
            e("fieldId", "编号", "id"),
            e("rowNo", "行号", "row"),
            e("column", "列", "column"),
            e("columnId", "列编号", "column id"),
            e("unitWord", "单位", "unit"),
            e("kind", "类别", "kind"),
            e("message", "内容", "message"),
            e("explanationWord", "说明", "explanation"),
            e("fields", "涉及项目", "fields"),
            e("year", "年度", "year"));

    private final int index;

    private ExportWords(int index) {
        this.index = index;
    }

    static ExportWords of(String language) {
        return new ExportWords(Phrasebook.index(language));
    }

    String t(String key, Object... args) {
        return WORDS.t(index, key, args);
    }

}
