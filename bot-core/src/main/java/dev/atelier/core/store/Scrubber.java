package dev.atelier.core.store;

import dev.atelier.core.rights.Pseudonym;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a forgotten member in stored text: their id (alone or inside a mention such as
 * {@code <@id>}) by the pseudonym's id, and each of their names, as a whole word, by "former member".
 * Names shorter than three characters are only replaced where they are the whole string. Signed
 * tokens (a kept credential) are left whole: changing a character would break their signature.
 */
final class Scrubber implements UnaryOperator<String> {

    private static final Pattern SIGNED_TOKEN = Pattern.compile("[A-Za-z0-9_-]{10,}(\\.[A-Za-z0-9_-]+){2}");

    private final String memberId;
    private final Pseudonym pseudonym;
    private final Pattern id;
    private final List<Pattern> names;
    private final List<String> shortNames;

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
        return out;
    }
}
