package org.formdesk.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A bundled form's definition compiled at build time ({@link CompileForms}) into a compact binary, so that
 * {@code fill} paints without Jackson: setting up the YAML mapper and binding the records cost some 220 ms
 * of a cold start, reading this a few. Stamped with the length and CRC-32 of the YAML it was compiled from,
 * and refused (null) when they differ: a stale or damaged file falls back to reading the YAML, never
 * silently to an older form. Hand-written rather than Java serialization, which is slow in a cold JVM;
 * {@code CompiledFormTest} fails when a record gains a component this codec does not write.
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

    private static final class Out extends DataOutputStream {
        Out(ByteArrayOutputStream bytes) {
            super(bytes);
        }

        void definition(FormDefinition d) throws IOException {
            str(d.id());
            str(d.version());
            str(d.title());
            str(d.language());
            writeBoolean(d.record() != null);
            if (d.record() != null) {
                str(d.record().year());
                str(d.record().unit());
            }
            writeInt(d.sections().size());
            for (SectionDef s : d.sections()) {
                section(s);
            }
            writeInt(d.checks().size());
            for (CheckDef c : d.checks()) {
                check(c);
            }
            writeBoolean(d.scoring() != null);
            if (d.scoring() != null) {
                dec(d.scoring().max());
                writeInt(d.scoring().grades().size());
                for (GradeBand g : d.scoring().grades()) {
                    str(g.grade());
                    dec(g.min());
                }
                str(d.scoring().total());
            }
            writeBoolean(d.print() != null);
            if (d.print() != null) {
                str(d.print().corner());
                str(d.print().title());
                str(d.print().subtitle());
                strings(d.print().header());
                strings(d.print().notes());
                strings(d.print().signature());
            }
        }

        private void section(SectionDef s) throws IOException {
            str(s.id());
            str(s.title());
            str(s.help());
            fields(s.fields());
            writeInt(s.indicators().size());
            for (IndicatorDef i : s.indicators()) {
                str(i.id());
                str(i.group());
                str(i.label());
                dec(i.max());
                dec(i.step());
                str(i.help());
                bool(i.analysisRequired());
                fields(i.fields());
                strings(i.metrics());
            }
        }

        private void fields(List<FieldDef> fields) throws IOException {
            writeInt(fields.size());
            for (FieldDef f : fields) {
                field(f);
            }
        }

        private void field(FieldDef f) throws IOException {
            str(f.id());
            str(f.label());
            str(f.type() == null ? null : f.type().name());
            str(f.hint());
            bool(f.required());
            str(f.requiredWhen());
            dec(f.min());
            dec(f.max());
            integer(f.maxLength());
            str(f.pattern());
            str(f.message());
            str(f.defaultValue());
            str(f.unit());
            integer(f.scale());
            bool(f.negative());
            str(f.compute());
            integer(f.round());
            writeInt(f.options().size());
            for (ChoiceOption o : f.options()) {
                str(o.value());
                str(o.label());
            }
            fields(f.columns());
            integer(f.minRows());
            integer(f.maxRows());
            dec(f.step());
            integer(f.lines());
            str(f.rowLabel());
            writeInt(f.rowChecks().size());
            for (CheckDef c : f.rowChecks()) {
                check(c);
            }
            RowIndicators ri = f.indicators();
            writeBoolean(ri != null);
            if (ri != null) {
                str(ri.group());
                str(ri.groupColumn());
                str(ri.max());
                str(ri.score());
                str(ri.reason());
            }
            bool(f.blankAsZero());
        }

        private void check(CheckDef c) throws IOException {
            str(c.id());
            str(c.severity() == null ? null : c.severity().name());
            str(c.left());
            str(c.op());
            str(c.right());
            str(c.condition());
            dec(c.tolerance());
            str(c.when());
            str(c.message());
            strings(c.fields());
        }

        private void strings(List<String> list) throws IOException {
            writeInt(list.size());
            for (String s : list) {
                str(s);
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

        // BigDecimal's string form gives back the same unscaled value and scale, so equals() holds.
        private void dec(BigDecimal v) throws IOException {
            str(v == null ? null : v.toString());
        }

        private void integer(Integer v) throws IOException {
            writeBoolean(v != null);
            if (v != null) {
                writeInt(v);
            }
        }

        private void bool(Boolean v) throws IOException {
            writeByte(v == null ? -1 : v ? 1 : 0);
        }
    }

    private static final class In extends DataInputStream {
        In(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        FormDefinition definition() throws IOException {
            String id = str();
            String version = str();
            String title = str();
            String language = str();
            RecordKeys record = readBoolean() ? new RecordKeys(str(), str()) : null;
            int n = count();
            List<SectionDef> sections = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sections.add(section());
            }
            n = count();
            List<CheckDef> checks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                checks.add(check());
            }
            ScoringDef scoring = null;
            if (readBoolean()) {
                BigDecimal max = dec();
                n = count();
                List<GradeBand> grades = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    grades.add(new GradeBand(str(), dec()));
                }
                scoring = new ScoringDef(max, grades, str());
            }
            PrintDef print = readBoolean() ? new PrintDef(str(), str(), str(), strings(), strings(), strings()) : null;
            return new FormDefinition(id, version, title, language, record, sections, checks, scoring, print);
        }

        private SectionDef section() throws IOException {
            String id = str();
            String title = str();
            String help = str();
            List<FieldDef> fields = fields();
            int n = count();
            List<IndicatorDef> indicators = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                indicators.add(new IndicatorDef(str(), str(), str(), dec(), dec(), str(), bool(), fields(),
                        strings()));
            }
            return new SectionDef(id, title, help, fields, indicators);
        }

        private List<FieldDef> fields() throws IOException {
            int n = count();
            List<FieldDef> fields = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                fields.add(field());
            }
            return fields;
        }

        // Java evaluates arguments left to right, the order write() put them in.
        private FieldDef field() throws IOException {
            return new FieldDef(str(), str(), fieldType(str()), str(), bool(), str(), dec(), dec(), integer(),
                    str(), str(), str(), str(), integer(), bool(), str(), integer(), options(), fields(),
                    integer(), integer(), dec(), integer(), str(), checks(), rowIndicators(), bool());
        }

        private List<CheckDef> checks() throws IOException {
            int n = count();
            List<CheckDef> checks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                checks.add(check());
            }
            return checks;
        }

        private RowIndicators rowIndicators() throws IOException {
            return readBoolean() ? new RowIndicators(str(), str(), str(), str(), str()) : null;
        }

        private List<ChoiceOption> options() throws IOException {
            int n = count();
            List<ChoiceOption> options = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                options.add(new ChoiceOption(str(), str()));
            }
            return options;
        }

        private CheckDef check() throws IOException {
            return new CheckDef(str(), severity(str()), str(), str(), str(), str(), dec(), str(), str(), strings());
        }

        private List<String> strings() throws IOException {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(str());
            }
            return list;
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
