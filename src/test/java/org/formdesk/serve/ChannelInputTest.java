package org.formdesk.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChannelInputTest {
    @Test
    void bytesArriveAsATtyWithIcrnlWouldGiveThem() throws Exception {
        ChannelInput in = new ChannelInput();
        byte[] typed = "ab\r中".getBytes(StandardCharsets.UTF_8);
        in.offer(typed, 0, typed.length);
        assertThat(in.available()).isEqualTo(typed.length);
        assertThat(new String(in.readNBytes(typed.length), StandardCharsets.UTF_8)).isEqualTo("ab\n中");
        assertThat(in.available()).isZero();
    }

    @Test
    void aWaitEndsOnInputOnAWakeOnTheEndAndOnTheTimeout() throws Exception {
        ChannelInput in = new ChannelInput();
        assertThat(in.await(TimeUnit.MILLISECONDS.toNanos(1))).isEqualTo(ChannelInput.Woken.TIMEOUT);

        CompletableFuture<ChannelInput.Woken> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return in.await(TimeUnit.MINUTES.toNanos(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        in.wake();
        assertThat(waiting.get(1, TimeUnit.MINUTES)).isEqualTo(ChannelInput.Woken.WAKE);

        in.offer(new byte[] {'x'}, 0, 1);
        assertThat(in.await(TimeUnit.MINUTES.toNanos(5))).isEqualTo(ChannelInput.Woken.INPUT);
        assertThat(in.read()).isEqualTo('x');

        in.close();
        assertThat(in.await(TimeUnit.MINUTES.toNanos(5))).isEqualTo(ChannelInput.Woken.END);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.ended()).isTrue();
    }

    @Test
    void aFloodIsRefused() throws Exception {
        ChannelInput in = new ChannelInput();
        byte[] big = new byte[ChannelInput.LIMIT];
        in.offer(big, 0, big.length);
        assertThatThrownBy(() -> in.offer(new byte[1], 0, 1)).isInstanceOf(IOException.class);
    }

    @Test
    void theCharsetIsUtf8UnlessTheFirstLocaleVariableSetNamesAGbCodeset() {
        assertThat(Charsets.fromLocale(Map.of())).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Charsets.fromLocale(Map.of("LANG", "zh_CN.GBK"))).isEqualTo(Charsets.GBK);
        assertThat(Charsets.fromLocale(Map.of("LANG", "zh_CN.gb18030"))).isEqualTo(Charsets.GBK);
        assertThat(Charsets.fromLocale(Map.of("LANG", "zh_CN.GB2312"))).isEqualTo(Charsets.GBK);
        assertThat(Charsets.fromLocale(Map.of("LANG", "zh_CN.GBK", "LC_CTYPE", "zh_CN.UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Charsets.fromLocale(Map.of("LANG", "C.UTF-8", "LC_ALL", "zh_CN.GBK"))).isEqualTo(Charsets.GBK);
        assertThat(Charsets.other(Charsets.GBK)).isEqualTo(StandardCharsets.UTF_8);
    }
}
