package dev.atelier.core.command;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.CalendarDates;
import dev.atelier.core.shared.Rejected;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns raw option strings into typed values, with one clear message per kind of mistake. */
final class OptionParser {

    private static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern CHANNEL = Pattern.compile("<#([A-Za-z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern NAME = Pattern.compile("@?([\\p{L}\\p{N}._-]{1,64})");
    private static final Pattern REF = Pattern.compile("(?:#|[Mm])?(\\d{1,9})");

    private OptionParser() {}

    static Options parse(CommandSpec spec, Map<String, String> raw) {
        return parse(spec, raw, java.util.Set.of());
    }

    /** Parses what is there; options in {@code notYetAsked} (a modal is about to ask for them) may be missing. */
    static Options parse(CommandSpec spec, Map<String, String> raw, java.util.Collection<String> notYetAsked) {
        for (String name : raw.keySet()) {
            if (spec.option(name) == null) {
                throw new Rejected(Text.builder()
                        .code(spec.path())
                        .plain(" has no option ")
                        .code(name)
                        .plain(". Write it as ")
                        .command(spec.usageHint())
                        .plain(".")
                        .build());
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (OptionSpec option : spec.options()) {
            String value = raw.get(option.name());
            if (value == null || value.isBlank()) {
                if (option.required() && !notYetAsked.contains(option.name())) {
                    throw new Rejected(Text.builder()
                            .code(spec.path())
                            .plain(" needs " + option.name() + " (" + option.description() + "). Write it as ")
                            .command(spec.usageHint())
                            .plain(".")
                            .build());
                }
                continue;
            }
            values.put(option.name(), convert(option, value.strip()));
        }
        return new Options(values);
    }

    private static Object convert(OptionSpec option, String value) {
        if (value.length() > option.maxLength()) {
            throw new Rejected(option.name() + " is " + value.length() + " characters long; the limit is "
                    + option.maxLength() + ".");
        }
        return switch (option.type()) {
            case TEXT, LONG_TEXT, COHORT -> value;
            case INTEGER -> integer(option, value);
            case TASK, INTERNSHIP, MILESTONE -> reference(option, value);
            case DATE -> date(option, value);
            case URL -> url(option, value);
            case MEMBER -> member(option, value);
            case CHANNEL -> channel(option, value);
            case CHOICE -> choice(option, value);
        };
    }

    private static Long integer(OptionSpec option, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new Rejected(Text.builder()
                    .plain("" + option.name() + " must be a whole number, not ")
                    .code(value)
                    .plain(".")
                    .build());
        }
    }

    private static Long reference(OptionSpec option, String value) {
        Matcher m = REF.matcher(value);
        if (!m.matches()) {
            throw new Rejected(Text.builder()
                    .plain("" + option.name() + " must be a "
                            + option.type().name().toLowerCase(Locale.ROOT) + " number such as 3, not ")
                    .code(value)
                    .plain(".")
                    .build());
        }
        return Long.parseLong(m.group(1));
    }

    private static LocalDate date(OptionSpec option, String value) {
        return CalendarDates.parse(value)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .plain("" + option.name() + " must be a date written YYYY-MM-DD, such as 2026-12-01, not ")
                        .code(value)
                        .plain(".")
                        .build()));
    }

    private static URI url(OptionSpec option, String value) {
        String bare = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
        int bar = bare.indexOf('|');
        if (bar > 0) {
            bare = bare.substring(0, bar);
        }
        try {
            URI uri = new URI(bare);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new Rejected(Text.builder()
                .plain("" + option.name() + " must be a full web link starting with https://, not ")
                .code(value)
                .plain(".")
                .build());
    }

    private static Member member(OptionSpec option, String value) {
        Matcher mention = MENTION.matcher(value);
        if (mention.matches()) {
            return new Member(mention.group(1), mention.group(2));
        }
        Matcher name = NAME.matcher(value);
        if (name.matches()) {
            return new Member(name.group(1), name.group(1));
        }
        throw new Rejected(Text.builder()
                .plain("" + option.name() + " must be a member, mentioned like @name, not ")
                .code(value)
                .plain(".")
                .build());
    }

    private static String channel(OptionSpec option, String value) {
        Matcher mention = CHANNEL.matcher(value);
        if (mention.matches()) {
            return mention.group(1);
        }
        String bare = value.replaceFirst("^#", "");
        if (bare.matches("[\\p{L}\\p{N}._-]{1,80}")) {
            return bare;
        }
        throw new Rejected(Text.builder()
                .plain("" + option.name() + " must be a channel, mentioned like #name, not ")
                .code(value)
                .plain(".")
                .build());
    }

    private static String choice(OptionSpec option, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (option.choices().contains(lower)) {
            return lower;
        }
        throw new Rejected(Text.builder()
                .plain("" + option.name() + " must be one of " + String.join(", ", option.choices()) + ", not ")
                .code(value)
                .plain(".")
                .build());
    }
}
