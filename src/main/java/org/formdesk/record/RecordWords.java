package org.formdesk.record;

import static org.formdesk.engine.Phrasebook.e;

import org.formdesk.engine.Phrasebook;

/** What reading a record says about the file itself, in the form's language; {0}… are replaced as written. */
final class RecordWords {
    private static final Phrasebook WORDS = Phrasebook.of(
            e("notAFile", "不是普通文件", "is not a regular file"),
            e("noSuchFile", "没有这个文件", "no such file"),
            e("unreadable", "无法读取：{0}", "cannot be read: {0}"),
            e("notAMapping", "记录应是一个映射，至少含 form: 和 values:", "a record is a mapping with at least form: and values:"),
            e("unknownKey", "不认识的键“{0}”；记录只有 form、formVersion、formHash、status、values、explanations 和 meta",
                    "unknown key '{0}'; a record has form, formVersion, formHash, status, values, explanations and meta"),
            e("noForm", "记录没有说明它填的是哪张表（缺少 form:）", "the record does not say which form it fills (form: is missing)"),
            e("otherForm", "这份记录填的是另一张表{0}，不是《{1}》", "the record is for form '{0}', not '{1}'"),
            e("otherVersion", "这份记录按本表的 {0} 版填写；现在是 {1} 版",
                    "the record was written for version {0} of the form; this is version {1}"),
            e("badStatus", "状态只能是草稿（draft）或定稿（final），不是“{0}”", "status must be draft or final, not '{0}'"),
            e("noValues", "记录没有 values: 部分", "the record has no values: mapping"),
            e("valuesNotMapping", "values: 应是从字段到值的映射", "values: must be a mapping from field id to value"),
            e("unknownField", "本表没有字段“{0}”", "unknown field '{0}': form {1} has no such field"),
            e("computedGiven", "“{1}”是自动计算的，这里的值不采用", "'{0}' ({1}) is computed; its value here is ignored"),
            e("unknownCheck", "本表没有核对项“{0}”，它的说明不采用", "explanation for unknown check '{0}'"),
            e("explanationsNotMapping", "explanations: 应是从核对项到说明文字的映射", "explanations: must map check ids to text"),
            e("historyNotList", "history: 应是一个修改记录的列表", "history: must be a list of changes"),
            e("notARecord", "不是可读的记录", "not a readable record"),
            e("formUnknown", "这里没有它所填的表（{0}）", "form '{0}' is not known here"),
            e("historyEntry", "修改记录的每一项至少要有 field:", "a history entry needs at least field:"));

    private final int index;

    private RecordWords(int index) {
        this.index = index;
    }

    static RecordWords of(String language) {
        return new RecordWords(Phrasebook.index(language));
    }

    boolean chinese() {
        return index == 0;
    }

    String t(String key, Object... args) {
        return WORDS.t(index, key, args);
    }
}
