package org.formdesk.tui;

import static org.formdesk.engine.Phrasebook.e;

import org.formdesk.engine.Phrasebook;

/** The screen's own words (keys, prompts, notes) in Chinese and English; the engine's live in engine.Texts. */
public final class Words {
    private static final Phrasebook WORDS = Phrasebook.of(
            e("section", "第 {0}/{1} 节", "section {0}/{1}"),
            e("saved", "已保存", "saved"),
            e("unsaved", "未保存", "unsaved"),
            e("summary", "汇总与定稿", "Summary"),
            e("footer", "F1 帮助  Tab/上下键 换项  PgDn/PgUp 换节  Ctrl-S 保存  Ctrl-Q 退出",
                    "F1 help  Tab/Up/Down field  PgDn/PgUp section  Ctrl-S save  Ctrl-Q quit"),
            e("footerTable", "Ctrl-N 加行  Ctrl-D 删行  ", "Ctrl-N add row  Ctrl-D delete row  "),
            e("footerLong", "Ctrl-E 用编辑器  ", "Ctrl-E editor  "),
            e("refused", "{0}：不接受「{1}」，请填写如 {2}", "{0}: \"{1}\" is not accepted here; type e.g. {2}"),
            e("pasteFirstLine", "{0}：只取了粘贴内容的第一行，舍去其余 {1} 行（{2}）", "{0}: only the first line of the paste was taken; {1} more lines were left out ({2})"),
            e("pastedCells", "已粘贴 {0} 格，新增 {1} 行", "pasted {0} cells, {1} rows added"),
            e("pastedLeftOut", "；表格右侧之外的 {0} 格未粘贴", "; {0} cells beyond the last column were left out"),
            e("pasteControls", "{0}：粘贴内容里的控制字符和转义序列已去掉", "{0}: control characters and escape sequences in the paste were dropped"),
            e("refusedEmoji", "{0}：不支持表情符号等特殊字符", "{0}: emoji and similar characters are not supported"),
            e("tooLong", "{0}：最多 {1} 个字", "{0}: at most {1} characters"),
            e("savedTo", "已保存草稿：{0}", "draft saved: {0}"),
            e("saveFailed", "保存失败，原草稿未改动：{0}", "could not save (the last saved draft is unchanged): {0}"),
            e("corruptDraft", "草稿无法读取（{0}），已另存为 {1}；现从空白草稿开始",
                    "the draft could not be read ({0}); it was kept as {1} and a new draft is started"),
            e("corruptNotSetAside", "草稿无法读取（{0}），也无法另存：{1}", "the draft could not be read ({0}) nor set aside: {1}"),
            e("draftOtherForm", "{0} 是表单「{1}」的记录，不是「{2}」的；请用 --form 指定那个表单",
                    "{0} is a record of form '{1}', not '{2}'; give that form with --form FILE"),
            e("draftNotAFile", "{0} 不是普通文件", "{0} is not a regular file"),
            e("draftUnusable", "草稿无法打开：{0}", "the draft cannot be opened: {0}"),
            e("draftNotOpened", "无法打开草稿 {0}：{1}", "cannot open the draft {0}: {1}"),
            e("staleLockBy", "上次打开 {0} 的会话（{1}@{2}，自 {3}）未正常结束，已接管其锁",
                    "the last session on {0} ({1}@{2}, since {3}) ended without closing; its lock was taken over"),
            e("staleLock", "上次打开 {0} 的会话未正常结束，已接管其锁", "the last session on {0} ended without closing; its lock was taken over"),
            e("draftHeld", "{0} 正在另一个会话中填写（{1}@{2}，进程 {3}，自 {4}），请先在那里退出",
                    "{0} is open in another session ({1}@{2}, pid {3}, since {4}); close it there first"),
            e("draftHeldUnknown", "{0} 正在另一个会话中填写，请先在那里退出", "{0} is open in another session; close it there first"),
            e("valuesLeftOut", "{0} 个值不再适用于此表单，已略去（原草稿另存为 {2}）：{1}",
                    "{0} values no longer fit this form and were left out (the old draft is kept as {2}): {1}"),
            e("lockHeld", "草稿 {0} 已在另一个会话中打开（用户 {1}，主机 {2}，进程 {3}，{4} 起）；请先在那里退出",
                    "{0} is open in another session ({1}@{2}, process {3}, since {4}); close it there first"),
            e("draftsHeading", "你的草稿：", "Your drafts:"),
            e("draftLine", "  {0}. {1}  {2}  {3}  已完成 {4}%  最后保存 {5}", "  {0}. {1}  {2}  {3}  {4}% done  saved {5}"),
            e("draftChoose", "输入编号继续填写，n 新建草稿 [1]：", "Number to resume, n for a new draft [1]: "),
            e("draftChoiceBad", "请输入 1 到 {0} 之间的编号，或 n", "type a number from 1 to {0}, or n"),
            e("quitAsk", "有未保存的修改。y 保存并退出，n 不保存退出，Esc 继续填写",
                    "There are unsaved changes. y save and quit, n quit without saving, Esc go on"),
            e("ctrlC", "Ctrl-C：y 保存并退出，n 不保存退出，Esc 继续填写",
                    "Ctrl-C: y save and quit, n quit without saving, Esc go on"),
            e("deleteRow", "删除 {0} 第 {1} 行？y 删除，其他键取消", "Delete row {1} of {0}? y deletes, any other key keeps it"),
            e("escReverted", "已恢复原值（接着按命令字母则保留所填）。", "the value on entry is back (a command letter next keeps what was typed)."),
            e("escPrefix", "Esc 后再按：S 保存  Q 退出  N 加行  I 插行  D 删行  E 编辑器  U 清空  H 帮助  G 或数字 跳到某节；Esc 取消",
                    "after Esc: S save  Q quit  N add row  I insert row  D delete row  E editor  U clear  H help  G or a number: go to a section; Esc cancels"),
            e("jumpAsk", "跳到第 {0} 节（输入编号后按 Enter，Esc 取消）：{1}", "go to section {0} (type its number, Enter; Esc cancels): {1}"),
            e("jumpBad", "没有这一节；节的编号是 1 到 {0}", "no such section; sections are numbered 1 to {0}"),
            e("sectionEnd", "本节最后一项；Tab 或 PgDn 进入下一节", "last item of the section; Tab or PgDn goes to the next"),
            e("sectionStart", "本节第一项；PgUp 回到上一节", "first item of the section; PgUp goes back a section"),
            e("checkBeforeLeaving", "本节核对未通过：{0}（再按 Tab 仍进入下一节）", "a check of this section fails: {0} (Tab again goes on anyway)"),
            e("rowDeleted", "已删除第 {0} 行", "row {0} deleted"),
            e("noSuspend", "不支持挂起；要退出请按 Ctrl-Q", "suspending is not supported; Ctrl-Q quits"),
            e("addRowHint", "（Ctrl-N 添加一行）", "(Ctrl-N adds a row)"),
            e("noRows", "（尚无行）", "(no rows)"),
            e("rowSum", "合计", "total"),
            e("rowCard", "{0} 第 {1} 行", "{0} row {1}"),
            e("computedMark", "（自动计算）", "(computed)"),
            e("internalError", "程序内部错误（已保存草稿）：{0}", "internal error (the draft was saved): {0}"),
            e("options", "可填：{0}", "one of: {0}"),
            e("yesNo", "可填：是 / 否", "yes or no"),
            e("notLong", "Ctrl-E 只用于长文本字段", "Ctrl-E works in long-text fields only"),
            e("noEditor", "找不到可用的编辑器（试过 {0}）；请直接在此处编辑，或设置 EDITOR",
                    "no editor found (tried {0}); edit here, or set EDITOR"),
            e("editorFailed", "无法启动编辑器：{0}", "could not run an editor: {0}"),
            e("total", "总分", "Total"),
            e("grade", "等级", "grade"),
            e("gradeNone", "（尚有指标未评分）", "(not every indicator is scored)"),
            e("score", "得分", "score"),
            e("max", "满分", "max"),
            e("reason", "扣分原因", "deduction"),
            e("open", "待处理（Enter 跳到该项）", "Open items (Enter jumps to the field)"),
            e("noneOpen", "没有待处理的问题", "nothing open"),
            e("error", "错误", "error"),
            e("warning", "警告", "warning"),
            e("pending", "待定", "pending"),
            e("finalize", "[ 定稿并写出记录 ]", "[ Finalize and write the record ]"),
            e("finalizeRefused", "还有 {0} 个错误，不能定稿", "{0} errors remain; cannot finalize"),
            e("explain", "请说明此警告（Enter 确认，Esc 取消）：{0}", "Explain this warning (Enter confirms, Esc cancels): {0}"),
            e("explained", "说明：{0}", "explanation: {0}"),
            e("written", "已定稿：记录已写出到 {0} 和 {1}", "finalised: the record was written to {0} and {1}"),
            e("finalAsk", "确认定稿？记录将写到 {0} 和 {1}。y 确认，其他键取消",
                    "Finalise? The record goes to {0} and {1}. y confirms, any other key cancels"),
            e("finalCancelled", "未定稿；草稿未改动", "not finalised; the draft is unchanged"),
            e("quitLineUnsaved", "最后的修改未保存；草稿（上次保存的）：{0}；继续填写：formdesk --draft {0}",
                    "the last changes were not saved; the draft as last saved: {0}; to go on: formdesk --draft {0}"),
            e("quitLine", "草稿已保存：{0}；继续填写：formdesk --draft {0}", "draft saved: {0}; to go on: formdesk --draft {0}"),
            e("quitLineFinal", "已定稿，记录在 {1}；草稿：{0}（继续修改：formdesk --draft {0}）",
                    "finalised; the record is {1}; the draft: {0} (to change it: formdesk --draft {0})"),
            e("quitNothing", "未保存任何内容", "nothing was saved"),
            e("draftFinal", "已定稿 → {0}", "final → {0}"),
            e("writeFailed", "写出失败：{0}", "could not write: {0}"),
            e("checkOk", "核对通过：{0} {1} {2}", "check passed: {0} {1} {2}"),
            e("checkPending", "{0}", "{0}"),
            e("help", String.join("\n",
                    "按键",
                    "  Tab / Down / Enter   下一项（单行字段中 Enter 进入下一项）",
                    "  Shift-Tab / Up       上一项",
                    "  PgDn / PgUp          下一节 / 上一节",
                    "  Left Right Home End  在输入框内移动",
                    "  Ctrl-S               保存草稿",
                    "  Ctrl-Q / F10         退出（有未保存修改时询问，y 保存并退出）",
                    "  Ctrl-C               询问是否保存并退出",
                    "  Ctrl-E               用 $EDITOR（vi、nano）编辑长文本",
                    "  Ctrl-N / Ctrl-D      表格：添加一行 / 删除当前行",
                    "  F1                   本帮助",
                    "",
                    "最后一节为汇总：Enter 跳到问题所在字段；在「定稿」上按 Enter 写出记录。",
                    "按任意键返回。"),
                    String.join("\n",
                    "Keys",
                    "  Tab / Down / Enter   next field (Enter moves on in a one-line field)",
                    "  Shift-Tab / Up       previous field",
                    "  PgDn / PgUp          next / previous section",
                    "  Left Right Home End  move inside the input",
                    "  Ctrl-S               save the draft",
                    "  Ctrl-Q / F10         quit (asks when there are unsaved changes; y saves and quits)",
                    "  Ctrl-C               asks whether to save and quit",
                    "  Ctrl-E               edit a long text in $EDITOR (vi, nano)",
                    "  Ctrl-N / Ctrl-D      tables: add a row / delete the current row",
                    "  F1                   this help",
                    "",
                    "The last section is the summary: Enter on a problem jumps to its field; Enter on Finalize",
                    "writes the record. Press any key to go back.")),
            // --plain
            e("plainSection", "== {0}（第 {1}/{2} 节）==", "== {0} (section {1}/{2}) =="),
            e("plainKeep", "（回车保留「{0}」，输入 - 清空）", "(Enter keeps \"{0}\", - empties it)"),
            e("plainRows", "{0}：每行一条，各列用 | 分隔（{1}）；空行结束", "{0}: one row per line, columns separated by | ({1}); an empty line ends"),
            e("plainHint", "提示：{0}", "hint: {0}"),
            e("plainLong", "{0}：可多行输入，单独一行 . 结束", "{0}: several lines allowed; a line with a single . ends"),
            e("plainExplain", "请说明此警告：{0}", "Explain this warning: {0}"),
            e("plainEnd", "输入结束，草稿已保存：{0}", "input ended; draft saved: {0}"),
            e("plainNotSaved", "输入结束，但草稿未能保存，{0} 没有写入本次输入", "input ended, but the draft could not be saved: {0} does not hold this input"));

    private final int index;

    private Words(int index) {
        this.index = index;
    }

    public static final Words ZH = new Words(0);
    public static final Words EN = new Words(1);

    public static Words of(String language) {
        return "en".equalsIgnoreCase(language) ? EN : ZH;
    }

    public boolean chinese() {
        return index == 0;
    }

    public String t(String key, Object... args) {
        return WORDS.t(index, key, args);
    }

}
