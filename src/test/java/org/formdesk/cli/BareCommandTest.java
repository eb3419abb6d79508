package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bare {@code formdesk} takes every fill option, as the README shows it. */
class BareCommandTest {
    @Test
    void optionsWithoutACommandAreFills() {
        assertThat(Main.fillByDefault(new String[] {"--plain"})).containsExactly("fill", "--plain");
        assertThat(Main.fillByDefault(new String[] {"--lang", "en", "--ascii", "--resume"}))
                .containsExactly("fill", "--lang", "en", "--ascii", "--resume");
        assertThat(Main.fillByDefault(new String[] {"--charset", "GBK"})).containsExactly("fill", "--charset", "GBK");
        assertThat(QuickFill.parse(Main.fillByDefault(new String[] {"--plain", "--resume"}))).isNotNull();
    }

    @Test
    void formdesksOwnOptionsAndCommandsStayAsTheyAre() {
        assertThat(Main.fillByDefault(new String[] {"--help"})).containsExactly("--help");
        assertThat(Main.fillByDefault(new String[] {"--version"})).containsExactly("--version");
        assertThat(Main.fillByDefault(new String[] {"--debug", "validate", "x.yaml"}))
                .containsExactly("--debug", "validate", "x.yaml");
        assertThat(Main.fillByDefault(new String[] {"validate", "x.yaml"})).containsExactly("validate", "x.yaml");
        assertThat(Main.fillByDefault(new String[0])).isEmpty();
    }

    @Test
    void anUnknownOptionIsStillNamed() {
        Run r = Run.of("--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option");
    }
}
