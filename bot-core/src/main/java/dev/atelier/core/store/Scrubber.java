package dev.atelier.core.store;

import dev.atelier.core.rights.Pseudonym;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a forgotten member in stored text: their id (alone or inside a mention such as
 * {@code <@id>}) by the pseudonym's id, and each of their names, as a whole word, by "former member".
 * Names shorter than three characters are only replaced where they are the whole string. The slug of
 * the id or of a name (lower case, words joined by hyphens, as in a console workspace channel
 * {@code atelier-1-zelda-quux} or a thread id made from it) is replaced by the pseudonym's id wherever it
 * stands between non-alphanumerics, so ids built from them stay distinct. Signed tokens (a kept
 * credential) are left whole: changing a character would break their signature.
 */
final class Scrubber implements UnaryOperator<String> {

    private static final Pattern SIGNED_TOKEN = Pattern.compile("[A-Za-z0-9_-]{10,}(\\.[A-Za-z0-9_-]+){2}");

    private final String memberId;
    private final Pseudonym pseudonym;
    private final Pattern id;
    private final List<Pattern> names;
    private final List<String> shortNames;
    private final List<Pattern> slugs;

    Scrubber(String memberId, Collection<String> names, Pseudonym pseudonym) {
        this.memberId = memberId;
        this.pseudonym = pseudonym;
        this.id = Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(memberId) + "(?![A-Za-z0-9_-])");
        List<String> distinct = names.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .filter(n -> !n.equals(memberId) && !n.equals(pseudonym.name()))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        this.names = distinct.stream()
                .filter(n -> n.length() >= 3)
                .map(n -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        this.shortNames = distinct.stream().filter(n -> n.length() < 3).toList();
        this.slugs = Stream.concat(Stream.of(memberId), distinct.stream())
                .flatMap(n -> Stream.of(slug(n, "[^\\p{L}\\p{N}]+"), slug(n, "[^a-z0-9]+")))
                .filter(n -> n.length() >= 3)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Lower case, each run of characters matching {@code separators} one hyphen, none at the ends. */
    private static String slug(String text, String separators) {
        return text.toLowerCase(Locale.ROOT).replaceAll(separators, "-").replaceAll("^-+|-+$", "");
    }

    @Override
    public String apply(String text) {
        if (text.equals(memberId)) {
            return pseudonym.id();
        }
        if (SIGNED_TOKEN.matcher(text).matches()) {
            return text;
        }
        if (shortNames.contains(text)) {
            return pseudonym.name();
        }
        String out = id.matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym.id()));
        for (Pattern name : names) {
            out = name.matcher(out).replaceAll(Matcher.quoteReplacement(pseudonym.name()));
        }
        for (Pattern slug : slugs) {
            out = slug.matcher(out).replaceAll(Matcher.quoteReplacement(pseudonym.id()));
        }
        return out;
    }
}
