package org.formdesk.form;

import java.util.List;
import java.util.stream.Collectors;

/** A form or record file that cannot be used; carries every problem found, each with its location. */
public final class FormFileException extends Exception {
    private final transient List<Problem> problems;

    public FormFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public FormFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
