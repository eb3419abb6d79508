package org.formdesk.engine;

import static org.formdesk.engine.Phrasebook.e;

/**
 * The engine's own words (messages about fields and checks) in Chinese and English; {0}… are labels
 * and values, shown as written.
 */
public final class Texts {
    private static final Phrasebook WORDS = Phrasebook.of(
            e("number", "{0}：应填写数字，例如 {1}（收到“{2}”）", "{0}: a number is expected, such as {1} (got \"{2}\")"),
            e("integer", "{0}：应填写整数，例如 2021（收到“{1}”）", "{0}: a whole number is expected, such as 2021 (got \"{1}\")"),
            e("scale", "{0}：最多 {1} 位小数（收到“{2}”）", "{0}: at most {1} decimal places (got \"{2}\")"),
            e("negative", "{0}：不能为负数（收到 {1}）", "{0}: must not be negative (got {1})"),
            e("min", "{0}：不能小于 {1}（收到 {2}）", "{0}: must be at least {1} (got {2})"),
            e("max", "{0}：不能大于 {1}（收到 {2}）", "{0}: must be at most {1} (got {2})"),
            e("step", "{0}：应为 {1} 的整数倍（收到 {2}）", "{0}: must be a multiple of {1} (got {2})"),
            e("required", "{0}：必填", "{0}: required"),
            e("maxLength", "{0}：最多 {1} 个字（现有 {2} 个）", "{0}: at most {1} characters (has {2})"),
            e("pattern", "{0}：格式不符合要求", "{0}: does not have the required format"),
            e("date", "{0}：应为日期，如 2022-02-08、2022.2.8、2022/2/8、2022年2月8日 或 2022年2月8号（收到“{1}”）",
                    "{0}: a date is expected, such as 2022-02-08, 2022.2.8, 2022/2/8 or 2022年2月8日 (got \"{1}\")"),
            e("phone", "{0}：应为固定电话（如 0354-3368795）或 11 位手机号（收到“{1}”）",
                    "{0}: a landline such as 0354-3368795 or an 11-digit mobile number is expected (got \"{1}\")"),
            e("boolean", "{0}：应填“是”或“否”（收到“{1}”）", "{0}: yes or no is expected (got \"{1}\")"),
            e("choice", "{0}：应为以下之一：{1}（收到“{2}”）", "{0}: expected one of {1} (got \"{2}\")"),
            e("control", "{0}：含有控制字符或终端转义序列，已拒绝", "{0}: contains control characters or terminal escape sequences"),
            e("surrogate", "{0}：含有无效的 Unicode 字符", "{0}: contains invalid Unicode (an unpaired surrogate)"),
            e("unit", "{0}：单位应为{1}（收到“{2}”）", "{0}: the unit is {1} (got \"{2}\")"),
            e("grouping", "{0}：千位分隔符应每三位一组（收到“{1}”）", "{0}: thousands separators must group three digits (got \"{1}\")"),
            e("notTable", "{0}：应为表格（行的列表）", "{0}: a table (a list of rows) is expected"),
            e("notScalar", "{0}：应为单个值，不是列表或表格", "{0}: a single value is expected, not a list or mapping"),
            e("minRows", "{0}：至少 {1} 行（现有 {2} 行）", "{0}: at least {1} rows (has {2})"),
            e("maxRows", "{0}：最多 {1} 行（现有 {2} 行）", "{0}: at most {1} rows (has {2})"),
            e("cell", "{0} 第 {1} 行 {2}", "{0} row {1}: {2}"),
            e("unknownColumn", "{0} 第 {1} 行：没有名为“{2}”的列", "{0} row {1}: there is no column \"{2}\""),
            e("computed", "{0}：由公式计算，不能填写", "{0}: is computed and cannot be entered"),
            e("divZero", "除数为零，无法计算{0}", "cannot compute: division by zero{0}"),
            e("rowAt", "{0} 第 {1} 行：", "{0} row {1}: "),
            e("rowNamed", "{0} 第 {1} 行「{2}」：", "{0} row {1} \"{2}\": "),
            e("notNumber", "结果不是数字", "the result is not a number"),
            e("evalFailed", "无法计算：{0}", "cannot compute: {0}"),
            e("tooLarge", "无法计算：数值超出表单公式的范围", "cannot compute: a number is beyond what form expressions allow"),
            e("waiting", "待填：{0}", "waiting for {0}"),
            e("fixFirst", "须先更正：{0}", "correct first: {0}"),
            e("checkFailed", "{0}：{1} 与 {2} 不符，相差 {3}", "{0}: {1} does not match {2}, difference {3}"),
            e("checkFailedOp", "{0}：应为 {1} {2} {3}，现不成立（相差 {4}）",
                    "{0}: {1} {2} {3} should hold and does not (difference {4})"),
            e("assertFailed", "检查未通过：{0}", "check failed: {0}"),
            e("total", "合计 {0} / {1}", "total {0} / {1}"),
            e("grade", "等级 {0}", "grade {0}"),
            e("ungraded", "（尚未全部评分）", "(not every indicator is scored)"),
            e("yes", "是", "yes"),
            e("no", "否", "no"));

    private final int index;

    private Texts(int index) {
        this.index = index;
    }

    public static final Texts ZH = new Texts(0);
    public static final Texts EN = new Texts(1);

    public static Texts of(String language) {
        return "en".equalsIgnoreCase(language) ? EN : ZH;
    }

    public String language() {
        return index == 0 ? "zh" : "en";
    }

    public String t(String key, Object... args) {
        return WORDS.t(index, key, args);
    }

}
