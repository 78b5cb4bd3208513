package dev.atelier.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words. Double quotes (also the curly ones phones type) group words;
 * {@code <...>} (Slack mentions such as {@code <@U1|ann lee>}) stays one word.
 */
final class Tokenizer {

    /** One word of a command line; {@code quoted} when quotes made it (it may hold spaces). */
    record Word(String text, boolean quoted) {}

    private Tokenizer() {}

    static List<String> split(String line) {
        return words(line).stream().map(Word::text).toList();
    }

    static List<Word> words(String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean angled = false;
        boolean started = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!angled && isQuote(c)) {
                quoted = !quoted;
                started = true;
                wasQuoted = true;
            } else if (!quoted && c == '<') {
                angled = true;
                word.append(c);
                started = true;
            } else if (angled && c == '>') {
                angled = false;
                word.append(c);
            } else if (!quoted && !angled && Character.isWhitespace(c)) {
                if (started) {
                    words.add(new Word(word.toString(), wasQuoted));
                    word.setLength(0);
                    started = false;
                    wasQuoted = false;
                }
            } else {
                word.append(c);
                started = true;
            }
        }
        if (started) {
            words.add(new Word(word.toString(), wasQuoted));
        }
        return words;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }
}
