package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 10: a file's failure is one sentence in the screen's language, never a Java class name. */
class FailureTest {
    private static final Path DRAFT = Path.of("/data/d.yaml");

    @Test
    void aFullDiskIsASentence() {
        IOException full = new IOException("No space left on device");
        assertThat(Failure.sentence(full, true, DRAFT)).isEqualTo("磁盘已满：/data/d.yaml 所在的磁盘没有剩余空间");
        assertThat(Failure.sentence(full, false, DRAFT)).isEqualTo("the disk is full: no space is left on the disk that holds /data/d.yaml");
        assertThat(Failure.sentence(new FileSystemException("/data/.d.yaml.1.tmp", null, "No space left on device"), true, DRAFT))
                .startsWith("磁盘已满：/data/d.yaml");
    }

    @Test
    void noJavaClassNameSurvives() {
        for (Throwable e : new Throwable[] {
            new AccessDeniedException("/data/d.yaml"),
            new IOException("java.io.CharConversionException: Invalid UTF-8 start byte 0xff"),
            new IllegalStateException("java.lang.ArithmeticException: Division by zero"),
            new NullPointerException(),
            new FileSystemException("/data/d.yaml", null, "Operation not permitted"),
        }) {
            for (boolean zh : new boolean[] {true, false}) {
                assertThat(Failure.sentence(e, zh, DRAFT)).doesNotContainPattern("java\\.|Exception|\\bError\\b").isNotBlank();
            }
        }
        assertThat(Failure.sentence(new AccessDeniedException("/data/d.yaml"), true, DRAFT)).isEqualTo("没有权限：/data/d.yaml");
    }
}
