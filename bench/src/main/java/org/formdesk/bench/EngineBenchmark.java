package org.formdesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.FormLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One committed change to one field: parse, recompute what depends on it, re-run the checks it touches. */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    @Param({"seed", "generated"})
    String form;

    FormState state;
    String[] ids;
    int i;

    @Setup
    public void setUp() throws Exception {
        Form f = "seed".equals(form) ? new FormLoader().loadBundled(FormLoader.DEFAULT_FORM)
                : new FormLoader().load("generated.yaml", GeneratedForm.yaml(2000, 1000).getBytes(StandardCharsets.UTF_8));
        state = Engine.of(f).newState();
        ids = "seed".equals(form)
                ? new String[] {"carryover", "executed", "income_basic", "exp_basic_salary", "on_post_staff"}
                : new String[] {GeneratedForm.enteredField(1, 2000), GeneratedForm.enteredField(2, 2000),
                        GeneratedForm.enteredField(3, 2000), GeneratedForm.enteredField(4, 2000)};
    }

    @Benchmark
    public Object setOneField() {
        i++;
        state.set(ids[i % ids.length], (i % 1000) + ".5");
        return state.check(state.checkResults().iterator().next().id());
    }
}
