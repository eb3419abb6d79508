package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class NulFilterTest {
    @Test
    void dropsTheNulBytesLanternaPadsGbkAndUtf8OutputWith() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        NulFilter f = new NulFilter(sink);
        byte[] gbk = "a中b".getBytes(Charset.forName("GBK"));
        byte[] padded = new byte[] {gbk[0], 0, gbk[1], gbk[2], 0, gbk[3], 0};
        f.write(padded, 0, padded.length);
        f.write(0);
        f.write('c');
        f.flush();
        assertThat(new String(sink.toByteArray(), Charset.forName("GBK"))).isEqualTo("a中bc");
    }
}
