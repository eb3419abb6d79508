package org.formdesk.form.kind;

/** Text over several lines: typed in a box of its own, or in the editor. */
final class LongTextKind extends TextKind {
    LongTextKind() {
        super(Trait.MULTILINE);
    }

}
