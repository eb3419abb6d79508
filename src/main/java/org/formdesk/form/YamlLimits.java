package org.formdesk.form;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parser limits for every YAML file we read: a form or record file is hand-sized, so an alias bomb,
 * a gigantic document or absurd nesting is refused with a clear error instead of eating the heap.
 */
public final class YamlLimits {
    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 40;
    public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private YamlLimits() {
    }

    public static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_CODE_POINTS)
                        .build())
                .build();
        return factory;
    }
}
