package dev.atelier.core.command;

import dev.atelier.core.community.Member;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The parsed, validated options of one command; absent optional options are simply missing. */
public final class Options {

    private final Map<String, Object> values;

    Options(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name) {
        return get(name, String.class);
    }

    public Optional<String> optionalText(String name) {
        return Optional.ofNullable(text(name));
    }

    public Long number(String name) {
        return get(name, Long.class);
    }

    public LocalDate date(String name) {
        return get(name, LocalDate.class);
    }

    public URI url(String name) {
        return get(name, URI.class);
    }

    public Member member(String name) {
        return get(name, Member.class);
    }

    private <T> T get(String name, Class<T> type) {
        Object value = values.get(name);
        return value == null ? null : type.cast(value);
    }
}
