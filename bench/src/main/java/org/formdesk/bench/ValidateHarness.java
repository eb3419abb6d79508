package org.formdesk.bench;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.FormLoader;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/**
 * Validating N records against merely parsing them (Jackson YAML to a tree): the engine's own cost
 * per record. Usage: ValidateHarness EXAMPLE_RECORD [N] [ROUNDS]. Prints median, min and max of each.
 */
public final class ValidateHarness {
    private ValidateHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path example = Path.of(args.length > 0 ? args[0] : "examples/dept-perf-self-eval-2021.yaml");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("formdesk-bench");
        String text = Files.readString(example);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve("r" + i + ".yaml");
            // Vary a figure so no two records are the same text.
            Files.writeString(p, text.replace("carryover: '1431.98'", "carryover: '" + (1000 + i % 900) + ".98'"));
            files.add(p);
        }
        Engine engine = Engine.of(new FormLoader().loadBundled(FormLoader.DEFAULT_FORM));
        YAMLMapper yaml = new YAMLMapper();
        long[] parse = new long[rounds];
        long[] validate = new long[rounds];
        long sink = 0;
        for (int r = 0; r < rounds + 1; r++) {
            long t0 = System.nanoTime();
            for (Path p : files) {
                sink += yaml.readTree(p.toFile()).size();
            }
            long t1 = System.nanoTime();
            for (Path p : files) {
                RecordRead read = new RecordReader(engine.form()).read(p);
                FormState state = Records.state(engine, read.record());
                sink += state.errors().size() + state.warnings().size() + state.pending().size();
            }
            long t2 = System.nanoTime();
            if (r > 0) { // the first round warms the JIT
                parse[r - 1] = t1 - t0;
                validate[r - 1] = t2 - t1;
            }
        }
        Arrays.sort(parse);
        Arrays.sort(validate);
        System.out.printf("records %d, rounds %d (after one warm-up), sink %d%n", n, rounds, sink);
        System.out.printf("parse only   : median %.0f ms, min %.0f, max %.0f%n", ms(parse[rounds / 2]), ms(parse[0]), ms(parse[rounds - 1]));
        System.out.printf("read+validate: median %.0f ms, min %.0f, max %.0f%n", ms(validate[rounds / 2]), ms(validate[0]), ms(validate[rounds - 1]));
        System.out.printf("ratio (median): %.2f×%n", (double) validate[rounds / 2] / parse[rounds / 2]);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
