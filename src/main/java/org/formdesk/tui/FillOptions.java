package org.formdesk.tui;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * How the screens run: where the draft and the finished record go, the terminal's charset, the words' language.
 * {@code firstPaintOnly}: the session ends once its first screen is out, with nothing typed: the release build's
 * training of its start-up cache runs the real launcher on a terminal that way ({@code dist/make-release.sh}), so
 * that the cache holds what a real start loads up to its first paint, and nothing after it.
 */
public record FillOptions(Path draft, Path outDir, Charset charset, String language, boolean ascii, boolean color,
                          boolean firstPaintOnly) {
    public FillOptions(Path draft, Path outDir, Charset charset, String language, boolean ascii, boolean color) {
        this(draft, outDir, charset, language, ascii, color, false);
    }
}
