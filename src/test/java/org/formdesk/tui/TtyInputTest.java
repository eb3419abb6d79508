package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TtyInputTest {
    @Test
    void awaitKeepsWhatItReadForTheDecoderAndEndOfInputStaysVisible() throws IOException {
        TtyInput in = new TtyInput(new ByteArrayInputStream("a中".getBytes(StandardCharsets.UTF_8)));
        assertThat(in.await()).isTrue();
        assertThat(in.available()).isEqualTo(4);
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        assertThat(reader.ready()).isTrue();
        assertThat((char) reader.read()).isEqualTo('a');
        assertThat((char) reader.read()).isEqualTo('中');
        assertThat(in.await()).isTrue(); // the end of input: await returns instead of blocking
        assertThat(in.available()).isEqualTo(1); // so that the decoder reads the -1 and reports EOF
        assertThat(in.read()).isEqualTo(-1);
        assertThat(reader.read()).isEqualTo(-1);
    }
}
