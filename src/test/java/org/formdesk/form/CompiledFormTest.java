package org.formdesk.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.formdesk.YamlFiles;
import org.junit.jupiter.api.Test;

/** The binary the build compiles each bundled form into must give back exactly what its YAML gives. */
class CompiledFormTest {
    private static List<Path> bundledForms() throws Exception {
        return YamlFiles.in("forms");
    }

    private static String name(Path yaml) {
        return yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    @Test
    void theCompiledFormInTheBuildEqualsTheFormReadFromItsYaml() throws Exception {
        for (Path file : bundledForms()) {
            byte[] yaml = Files.readAllBytes(file);
            FormDefinition fromYaml = new FormLoader().load(file).definition();
            byte[] compiled;
            try (InputStream in = FormLoader.class.getResourceAsStream("/forms/" + name(file) + ".bin")) {
                assertThat(in).as("the build compiled " + file).isNotNull();
                compiled = in.readAllBytes();
            }
            assertThat(CompiledForm.read(compiled, yaml)).as(file.toString()).isEqualTo(fromYaml);
            assertThat(new FormLoader().loadBundled(name(file)).definition()).isEqualTo(fromYaml);
        }
    }

    @Test
    void aCompiledFormIsRefusedForOtherYamlOrWhenDamaged() throws Exception {
        Path file = bundledForms().get(0);
        byte[] yaml = Files.readAllBytes(file);
        byte[] compiled = CompiledForm.write(yaml, new FormLoader().load(file).definition());
        byte[] edited = new String(yaml, StandardCharsets.UTF_8).replaceFirst("title: ", "title: x")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CompiledForm.read(compiled, edited)).isNull();
        assertThat(CompiledForm.read(Arrays.copyOf(compiled, compiled.length - 9), yaml)).isNull();
        assertThat(CompiledForm.read(Arrays.copyOf(compiled, compiled.length + 1), yaml)).isNull();
        assertThat(CompiledForm.read(new byte[0], yaml)).isNull();
    }

    /** Every component of every record set, so that one the codec forgets comes back different. */
    @Test
    void everyComponentOfEveryRecordSurvives() throws Exception {
        FormDefinition full = (FormDefinition) filled(FormDefinition.class, 0, new int[] {0});
        byte[] yaml = "any".getBytes(StandardCharsets.UTF_8);
        assertThat(CompiledForm.read(CompiledForm.write(yaml, full), yaml)).isEqualTo(full);
    }

    private static Object filled(Type type, int depth, int[] counter) throws Exception {
        int n = ++counter[0];
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            // Below two levels, empty: FieldDef holds FieldDefs (table columns).
            return depth > 2 ? List.of() : List.of(filled(list.getActualTypeArguments()[0], depth + 1, counter));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "s" + n + "·é";
        } else if (c == Boolean.class) {
            return n % 2 == 0;
        } else if (c == Integer.class) {
            return n;
        } else if (c == BigDecimal.class) {
            return new BigDecimal(n + ".50");
        } else if (c.isEnum()) {
            Object[] values = c.getEnumConstants();
            return values[n % values.length];
        } else if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = filled(components[i].getGenericType(), depth, counter);
                types[i] = components[i].getType();
            }
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        }
        throw new AssertionError("CompiledForm does not know how to write a " + type + "; teach it, and this test");
    }
}
