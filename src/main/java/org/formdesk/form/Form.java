package org.formdesk.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded form: the definition with indicators expanded into ordinary fields, every field indexed by
 * id, and the JSON Pointer of everything so problems can be located in the file it came from.
 */
public final class Form {
    private final FormDefinition definition;
    private volatile String hash; // computed on first use: only writing a record needs it
    private final SourceMap sourceMap;
    private final List<Section> sections;
    private final Map<String, FieldDef> fields;
    private final Map<String, String> sectionOf;
    private final Map<String, String> pointerOf;
    private final Map<String, IndicatorDef> indicatorOfField;
    private final List<IndicatorDef> indicators;
    private final Map<String, Integer> position = new java.util.HashMap<>();

    /** Compiled at build time from a bundled form that passed every check, its expressions parsed. */
    private final boolean checkedAtBuild;

    Form(FormDefinition definition, SourceMap sourceMap) {
        this(definition, sourceMap, false);
    }

    Form(FormDefinition definition, SourceMap sourceMap, boolean checkedAtBuild) {
        this.definition = definition;
        this.checkedAtBuild = checkedAtBuild;
        this.sourceMap = sourceMap;
        Map<String, FieldDef> byId = new LinkedHashMap<>();
        Map<String, String> section = new LinkedHashMap<>();
        Map<String, String> pointer = new LinkedHashMap<>();
        Map<String, IndicatorDef> indicatorOf = new LinkedHashMap<>();
        List<Section> built = new ArrayList<>();
        List<IndicatorDef> allIndicators = new ArrayList<>();
        PartLabels parts = PartLabels.of(definition.languageOrDefault());
        for (int s = 0; s < definition.sections().size(); s++) {
            SectionDef sd = definition.sections().get(s);
            List<FieldDef> sectionFields = new ArrayList<>();
            for (int f = 0; f < sd.fields().size(); f++) {
                FieldDef fd = sd.fields().get(f);
                add(fd, "/sections/" + s + "/fields/" + f, sd.id(), sectionFields, byId, section, pointer);
            }
            for (int i = 0; i < sd.indicators().size(); i++) {
                IndicatorDef ind = sd.indicators().get(i);
                String base = "/sections/" + s + "/indicators/" + i;
                allIndicators.add(ind);
                for (int f = 0; f < ind.fields().size(); f++) {
                    add(ind.fields().get(f), base + "/fields/" + f, sd.id(), sectionFields, byId, section, pointer);
                    indicatorOf.put(ind.fields().get(f).id(), ind);
                }
                for (FieldDef generated : parts.fieldsOf(ind)) {
                    add(generated, base, sd.id(), sectionFields, byId, section, pointer);
                    indicatorOf.put(generated.id(), ind);
                }
            }
            built.add(new Section(sd.id(), sd.title(), sd.help(), sectionFields, sd.indicators()));
        }
        this.sections = List.copyOf(built);
        this.fields = Collections.unmodifiableMap(byId);
        this.sectionOf = Collections.unmodifiableMap(section);
        this.pointerOf = Collections.unmodifiableMap(pointer);
        this.indicatorOfField = Collections.unmodifiableMap(indicatorOf);
        this.indicators = List.copyOf(allIndicators);
        for (String id : byId.keySet()) {
            position.put(id, position.size());
        }
    }

    private static void add(FieldDef fd, String ptr, String sectionId, List<FieldDef> sectionFields,
                            Map<String, FieldDef> byId, Map<String, String> section, Map<String, String> pointer) {
        sectionFields.add(fd);
        // The first declaration wins the index; lint reports the duplicate.
        byId.putIfAbsent(fd.id(), fd);
        section.putIfAbsent(fd.id(), sectionId);
        pointer.putIfAbsent(fd.id(), ptr);
    }

    public FormDefinition definition() {
        return definition;
    }

    public String id() {
        return definition.id();
    }

    public String version() {
        return definition.version();
    }

    public String title() {
        return definition.title();
    }

    public String language() {
        return definition.languageOrDefault();
    }

    public String hash() {
        String h = hash;
        if (h == null) {
            // Canonical JSON through a second Jackson mapper: some 80 ms before the JVM has warmed up,
            // which a fill session would otherwise spend before its first paint.
            h = FormLoader.hash(definition);
            hash = h;
        }
        return h;
    }

    public SourceMap sourceMap() {
        return sourceMap;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every field, sections in order, indicator parts included. */
    public Map<String, FieldDef> fields() {
        return fields;
    }

    public Optional<FieldDef> field(String id) {
        return Optional.ofNullable(fields.get(id));
    }

    public String sectionOf(String fieldId) {
        return sectionOf.get(fieldId);
    }

    /** Where the field stands in the form, counting from 0 in reading order; -1 for an id the form has not. */
    public int positionOf(String fieldId) {
        return position.getOrDefault(fieldId, -1);
    }

    public String pointerOf(String fieldId) {
        return pointerOf.get(fieldId);
    }

    public Optional<IndicatorDef> indicatorOf(String fieldId) {
        return Optional.ofNullable(indicatorOfField.get(fieldId));
    }

    public List<IndicatorDef> indicators() {
        return indicators;
    }

    public List<CheckDef> checks() {
        return definition.checks();
    }

    public Optional<ScoringDef> scoring() {
        return Optional.ofNullable(definition.scoring());
    }

    public BigDecimal indicatorMaxTotal() {
        return indicators.stream().map(IndicatorDef::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public SourceLocation locate(String pointer) {
        return sourceMap.locate(pointer);
    }

    public String label(String fieldId) {
        FieldDef fd = fields.get(fieldId);
        return fd == null ? fieldId : fd.label();
    }

    /** The fields that name a record (year, then unit), those the form has, each once: the key columns of every table of records. */
    public List<String> recordKeyIds() {
        List<String> ids = new ArrayList<>();
        RecordKeys keys = definition().record();
        if (keys != null) {
            for (String id : new String[] {keys.year(), keys.unit()}) {
                if (id != null && fields.containsKey(id) && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Whether this form was read from the binary the build compiled (a bundled form): the build gave it every
     * check, expressions included ({@code BundledFormsTest}), so they need not be parsed before they are used.
     */
    public boolean checkedAtBuild() {
        return checkedAtBuild;
    }
}
