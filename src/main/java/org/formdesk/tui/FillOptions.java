package org.formdesk.tui;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** How the screens run: where the draft and the finished record go, the terminal's charset, the words' language. */
public record FillOptions(Path draft, Path outDir, Charset charset, String language, boolean ascii, boolean color) {
}
