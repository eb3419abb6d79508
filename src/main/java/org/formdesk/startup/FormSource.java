package org.formdesk.startup;

import org.formdesk.form.Form;
import org.formdesk.form.FormFileException;

/**
 * Where a session's form comes from: the one thing start-up asks of the rest of the program. The command line's
 * answer ({@code cli.Loaded}) is a form file given by path, else a bundled form read from the binary the build
 * compiled from its YAML when that still matches ({@code form.CompiledForm}), else a YAML file, checked in full.
 */
@FunctionalInterface
public interface FormSource {
    /** The form {@code option} names (a file or an id; null: the default form). */
    Form form(String option) throws FormFileException;
}
