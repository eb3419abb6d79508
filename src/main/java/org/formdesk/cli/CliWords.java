package org.formdesk.cli;

import static org.formdesk.engine.Phrasebook.e;

import org.formdesk.engine.Phrasebook;

/** What the commands print for people, in the form's language; JSON output keeps its English keys and ids. */
final class CliWords {
    private static final Phrasebook WORDS = Phrasebook.of(
            e("error", "错误：{0}", "error: {0}"),
            e("warning", "警告：{0}", "warning: {0}"),
            e("pending", "待定：{0}", "pending: {0}"),
            e("explained", "{0}（说明：{1}）", "{0} (explained: {1})"),
            e("tally", "{0}：{1} 个错误，{2} 个警告，{3} 项待定", "{0}: {1} errors, {2} warnings, {3} pending"),
            e("unit", "单位：{0}", "unit: {0}"),
            e("year", "年度：{0}", "year: {0}"),
            e("skipped", "已跳过 {0}", "skipped {0}"),
            e("collected", "已汇总 {0} 份记录", "{0} records collected"),
            e("collectedSkipped", "已汇总 {0} 份记录，跳过 {1} 个文件", "{0} records collected, {1} files skipped"),
            e("noDrafts", "{0} 中没有草稿", "no drafts in {0}"),
            e("draftLine", "{0}  {1}  {2}  {3}  已完成 {4}%  最后保存 {5}", "{0}  {1}  {2}  {3}  {4}% done  saved {5}"),
            e("final", "已定稿 → {0}", "final → {0}"),
            e("draftBad", "{0}（{1}）", "{0} ({1})"));

    private final int index;

    private CliWords(int index) {
        this.index = index;
    }

    static CliWords of(String language) {
        return new CliWords(Phrasebook.index(language));
    }

    String t(String key, Object... args) {
        return WORDS.t(index, key, args);
    }
}
