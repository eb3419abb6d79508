package org.formdesk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Phrases in every language formdesk speaks, keyed by a short name, with {0}, {1}… replaced by the arguments
 * as written (never formatted as numbers, so 42072.34 stays 42072.34). The engine's messages, the screen's
 * words, the commands' and the exports' each keep their own book, read once from
 * {@code phrases/BOOK.LANGUAGE.properties} (UTF-8): a translator edits those files, never the code.
 */
public final class Phrasebook {
    /** The languages, in the order of their index: Chinese (the default), then English. */
    static final List<String> LANGUAGES = List.of("zh", "en");

    private final Map<String, String[]> phrases;

    private Phrasebook(Map<String, String[]> phrases) {
        this.phrases = phrases;
    }

    /**
     * Reads a book's file in every language; a phrase missing from one of them is refused here, when the book
     * is first used, rather than when someone happens to need that phrase.
     */
    public static Phrasebook load(String book) {
        return load(book, System.getProperty(FOLDER));
    }

    /** As {@link #load(String)}, from {@code folder} ({@link #FOLDER}), or from the jar when it is null or blank. */
    static Phrasebook load(String book, String folder) {
        Map<String, String[]> phrases = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            Properties file = read(book, LANGUAGES.get(i), folder);
            for (String key : file.stringPropertyNames()) {
                phrases.computeIfAbsent(key, k -> new String[LANGUAGES.size()])[i] = file.getProperty(key);
            }
        }
        for (Map.Entry<String, String[]> e : phrases.entrySet()) {
            for (int i = 0; i < LANGUAGES.size(); i++) {
                if (e.getValue()[i] == null) {
                    throw new IllegalStateException("phrase " + e.getKey() + " of " + book + " has no "
                            + LANGUAGES.get(i) + " text");
                }
            }
        }
        return new Phrasebook(Map.copyOf(phrases));
    }

    /**
     * The system property naming a folder that holds the books' files, as the jar's {@code /phrases/} does: the
     * release's launcher names one beside the jar, for the same reason as its forms' folder
     * ({@code form.BundledForms}): the jar's directory is then not read before the first paint.
     */
    public static final String FOLDER = "formdesk.phrases";

    private static Properties read(String book, String language, String folder) {
        String name = "/phrases/" + book + "." + language + ".properties";
        Path file = folder == null || folder.isBlank() ? null : Path.of(folder, book + "." + language + ".properties");
        try (InputStream in = file == null ? Phrasebook.class.getResourceAsStream(name) : open(file)) {
            if (in == null) {
                throw new IllegalStateException("no " + (file == null ? name : file) + " among the program's phrases");
            }
            Properties phrases = new Properties();
            phrases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return phrases;
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** One view of this book per language, in the order of their index. */
    public <T> List<T> each(BiFunction<Phrasebook, Integer, T> view) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            out.add(view.apply(this, i));
        }
        return List.copyOf(out);
    }

    /** The phrase names, for checks of the files. */
    Set<String> keys() {
        return phrases.keySet();
    }

    /** Language index: 0 for Chinese (the default), 1 for English. */
    public static int index(String language) {
        return "en".equalsIgnoreCase(language) ? 1 : 0;
    }

    public String t(int language, String key, Object... args) {
        String[] pair = phrases.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("no phrase named " + key);
        }
        return fill(pair[language], args);
    }

    /**
     * Replaces each {n} by argument n, in one pass, so that an argument holding "{1}" is never itself
     * replaced; a {n} without its argument stays. By hand rather than with a regular expression: the
     * screen asks for a dozen phrases per typed key.
     */
    static String fill(String text, Object... args) {
        int open = text.indexOf('{');
        if (open < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = open + 1;
            while (close < text.length() && text.charAt(close) >= '0' && text.charAt(close) <= '9') {
                close++;
            }
            if (close > open + 1 && close < text.length() && text.charAt(close) == '}') {
                int i = parseIndex(text, open + 1, close);
                if (i >= 0 && i < args.length) {
                    sb.append(text, from, open).append(args[i]);
                    from = close + 1;
                }
                open = text.indexOf('{', close + 1);
            } else {
                open = text.indexOf('{', open + 1);
            }
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** The digits as a number; -1 when there are too many to be an argument's index. */
    private static int parseIndex(String text, int from, int to) {
        return to - from > 6 ? -1 : Integer.parseInt(text, from, to, 10);
    }
}
