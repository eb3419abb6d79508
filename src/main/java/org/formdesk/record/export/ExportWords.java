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
            e("unexplainedNote", "（未说明）", " (not explained)"));

    private final int index;

    private ExportWords(int index) {
        this.index = index;
    }

    static ExportWords of(String language) {
        return new ExportWords("en".equalsIgnoreCase(language) ? 1 : 0);
    }

    String t(String key, Object... args) {
        return WORDS.t(index, key, args);
    }

}
