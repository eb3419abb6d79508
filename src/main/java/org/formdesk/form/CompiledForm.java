package org.formdesk.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A bundled form's definition compiled at build time ({@link CompileForms}) into a compact binary, so that
 * {@code fill} paints without Jackson, whose mapper set-up and record binding dominate a cold start (figures in
 * bench/RESULTS.md). Stamped with the length and CRC-32 of the YAML it was compiled from, and refused (null)
 * when they differ: a stale or damaged file falls back to reading the YAML, never silently to an older form.
 * Written from the record components themselves, in their declared order (the build may reflect); read back
 * by hand in the same order, without reflection, as Java serialization would be slow in a cold JVM.
 * {@code CompiledFormTest} fills every component of every record with its own value and fails when the
 * reader misses or misplaces one.
 */
final class CompiledForm {
    private static final int MAGIC = 0x46444643; // "FDFC"
    private static final int FORMAT = 2;
    private static final int END = 0x454E4421;

    private CompiledForm() {
    }

    static byte[] write(byte[] yaml, FormDefinition d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Out out = new Out(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(yaml.length);
            out.writeLong(crc(yaml));
            out.definition(d);
            out.writeInt(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The definition, or null when the file was not compiled from exactly these YAML bytes or is damaged. */
    static FormDefinition read(byte[] compiled, byte[] yaml) {
        try (In in = new In(compiled)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != yaml.length
                    || in.readLong() != crc(yaml)) {
                return null;
            }
            FormDefinition d = in.definition();
            return in.readInt() == END && in.available() == 0 ? d : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * Writes a record's components in the order the record declares them, found by reflection: this runs in
     * the build ({@link CompileForms}), never before a first paint. A record component is preceded by whether
     * it is there; a list by its size, its records by nothing.
     */
    private static final class Out extends DataOutputStream {
        Out(ByteArrayOutputStream bytes) {
            super(bytes);
        }

        void definition(FormDefinition d) throws IOException {
            components(d);
        }

        private void components(Record record) throws IOException {
            for (RecordComponent rc : record.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc, e);
                }
                value(v, rc.getGenericType());
            }
        }

        private void value(Object v, Type type) throws IOException {
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                Type item = list.getActualTypeArguments()[0];
                writeInt(((List<?>) v).size());
                for (Object o : (List<?>) v) {
                    if (o instanceof Record r) {
                        components(r);
                    } else {
                        value(o, item);
                    }
                }
            } else if (type == String.class) {
                str((String) v);
            } else if (type == BigDecimal.class) {
                // BigDecimal's string form gives back the same unscaled value and scale, so equals() holds.
                str(v == null ? null : v.toString());
            } else if (type == Integer.class) {
                writeBoolean(v != null);
                if (v != null) {
                    writeInt((Integer) v);
                }
            } else if (type == Boolean.class) {
                writeByte(v == null ? -1 : (Boolean) v ? 1 : 0);
            } else if (type instanceof Class<?> c && c.isEnum()) {
                str(v == null ? null : ((Enum<?>) v).name());
            } else if (type instanceof Class<?> c && c.isRecord()) {
                writeBoolean(v != null);
                if (v != null) {
                    components((Record) v);
                }
            } else {
                throw new IllegalArgumentException("CompiledForm cannot write a " + type + "; teach it to, and In to read it");
            }
        }

        private void str(String s) throws IOException {
            if (s == null) {
                writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeInt(b.length);
            write(b);
        }
    }

    private static final class In extends DataInputStream {
        In(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        // Hand-written, in each record's order of components (Out writes them so), without reflection: this
        // runs before the first paint. Java evaluates arguments left to right, the order they were written in.
        FormDefinition definition() throws IOException {
            return new FormDefinition(str(), str(), str(), str(), readBoolean() ? new RecordKeys(str(), str()) : null,
                    list(SectionDef.class), list(CheckDef.class),
                    readBoolean() ? new ScoringDef(dec(), list(GradeBand.class), str()) : null,
                    readBoolean() ? new PrintDef(str(), str(), str(), list(String.class), list(String.class),
                            list(String.class)) : null);
        }

        private FieldDef field() throws IOException {
            return new FieldDef(str(), str(), fieldType(str()), str(), bool(), str(), dec(), dec(), integer(),
                    str(), str(), str(), str(), integer(), bool(), str(), integer(), list(ChoiceOption.class),
                    list(FieldDef.class), integer(), integer(), dec(), integer(), str(), list(CheckDef.class),
                    readBoolean() ? new RowIndicators(str(), str(), str(), str(), str()) : null, bool());
        }

        private CheckDef check() throws IOException {
            return new CheckDef(str(), severity(str()), str(), str(), str(), str(), dec(), str(), str(),
                    list(String.class));
        }

        /** A list of {@code item}s: its size, then each (a class compared, not reflected on). */
        @SuppressWarnings("unchecked")
        private <T> List<T> list(Class<T> item) throws IOException {
            int n = count();
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(item == FieldDef.class ? field()
                        : item == String.class ? str()
                        : item == CheckDef.class ? check()
                        : item == ChoiceOption.class ? new ChoiceOption(str(), str())
                        : item == SectionDef.class ? new SectionDef(str(), str(), str(), list(FieldDef.class),
                                list(IndicatorDef.class))
                        : item == IndicatorDef.class ? new IndicatorDef(str(), str(), str(), dec(), dec(), str(), bool(),
                                list(FieldDef.class), list(String.class))
                        : item == GradeBand.class ? new GradeBand(str(), dec())
                        : unknown(item));
            }
            return (List<T>) list;
        }

        private static Object unknown(Class<?> item) throws IOException {
            throw new IOException("no reader for a list of " + item.getSimpleName());
        }

        private int count() throws IOException {
            int n = readInt();
            if (n < 0 || n > available()) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        private String str() throws IOException {
            int n = readInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > available()) {
                throw new IOException("bad length " + n);
            }
            byte[] b = new byte[n];
            readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        private BigDecimal dec() throws IOException {
            String s = str();
            return s == null ? null : new BigDecimal(s);
        }

        private Integer integer() throws IOException {
            return readBoolean() ? readInt() : null;
        }

        private Boolean bool() throws IOException {
            byte b = readByte();
            return b == -1 ? null : b == 1;
        }

        private static FieldType fieldType(String name) {
            return name == null ? null : FieldType.valueOf(name);
        }

        private static Severity severity(String name) {
            return name == null ? null : Severity.valueOf(name);
        }
    }
}
