package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 finding 4 on the screen: a form whose expression explodes on what is typed keeps the session
 * and the value. The timeout only stops a hang from stalling the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFormScreenTest {
    private static final String YAML = """
            id: power
            version: "1"
            title: 幂
            sections:
              - id: s
                title: 计算
                fields:
                  - {id: n, label: 次数, type: integer}
                  - {id: base, label: 底数, type: decimal, default: "1.5"}
                  - {id: p, label: 乘方, type: decimal, compute: base ^ n}
            """;

    @TempDir
    Path dir;

    @Test
    void anExponentTooLargeIsSaidOnTheScreenAndTheTypedValueIsKept() throws Exception {
        Engine engine = Engine.of(new FormLoader().load("power.yaml", YAML.getBytes(StandardCharsets.UTF_8)));
        Path draft = dir.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(engine, draft, dir, 80, 24);
        d.type("999999999").key(KeyType.Tab);
        assertThat(d.model.state.value("n")).isEqualTo(new BigDecimal("999999999"));
        assertThat(d.text()).contains("数值超出表单公式的范围");
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("999999999");
        d.type("2");
        assertThat(d.text()).contains("乘方");
    }
}
