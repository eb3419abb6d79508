package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ezylang.evalex.config.ExpressionConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The functions a form can call are exactly those docs/form-format.md documents in its Expressions part. */
class DocumentedFunctionsTest {
    @Test
    void theFunctionsFormsCanCallAreTheDocumentedOnes() throws IOException {
        String doc = Files.readString(Path.of("docs/form-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("## Expressions");
        int end = doc.indexOf("\n## ", start + 1);
        String part = doc.substring(start, end < 0 ? doc.length() : end);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Z_]+)(?:\\(|`)").matcher(part);
        while (m.find()) {
            documented.add(m.group(1));
        }
        ExpressionConfiguration config = CompiledExpression.configuration();
        Set<String> callable = new TreeSet<>(config.getFunctionDictionary().getAvailableFunctionNames());
        assertThat(callable).containsExactlyInAnyOrderElementsOf(documented);
    }
}
