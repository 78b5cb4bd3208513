package dev.atelier.slack;

import java.util.Locale;

/** Slack channel names: lowercase letters, digits, dashes and underscores, at most 80 characters. */
final class ChannelNames {

    static final int MAX_LENGTH = 80;

    private ChannelNames() {}

    static String of(String requested) {
        String name = requested == null
                ? ""
                : requested
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9_-]+", "-")
                        .replaceAll("-{2,}", "-")
                        .replaceAll("^-|-$", "");
        if (name.isEmpty()) {
            name = "internship";
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH).replaceAll("-$", "") : name;
    }

    static String withSuffix(String base, int number) {
        String suffix = "-" + number;
        String head =
                base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
        return head + suffix;
    }
}
