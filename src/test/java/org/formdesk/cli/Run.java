package org.formdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run as a user would, with what it printed. */
record Run(int code, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
