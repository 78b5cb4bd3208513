package dev.atelier.core.command;

/**
 * The type of a command option. Raw values arrive as strings from every adapter and are parsed
 * by the core, so every platform gets the same validation and the same error messages.
 *
 * <ul>
 *   <li>{@code MEMBER}: {@code <@U123>}, {@code <@U123|name>} (Slack escaped, and what the Discord
 *       adapter passes for a resolved user), {@code @name} or a bare name (console)</li>
 *   <li>{@code CHANNEL}: {@code <#C123>}, {@code <#C123|name>} or a bare id</li>
 *   <li>{@code DATE}: ISO {@code 2026-12-01}</li>
 *   <li>{@code URL}: an absolute http(s) URL</li>
 *   <li>{@code COHORT}: a cohort name; {@code TASK}, {@code INTERNSHIP}, {@code MILESTONE}: a
 *       number, optionally written {@code #3}</li>
 *   <li>{@code CHOICE}: one of the option's choices</li>
 * </ul>
 */
public enum OptionType {
    TEXT,
    LONG_TEXT,
    INTEGER,
    DATE,
    URL,
    MEMBER,
    CHANNEL,
    CHOICE,
    COHORT,
    TASK,
    INTERNSHIP,
    MILESTONE;

    /** Text a person writes in their own words, which may hold spaces. */
    public boolean isFreeText() {
        return this == TEXT || this == LONG_TEXT;
    }

    /** Options whose values the core can suggest while a person types (Discord autocomplete). */
    public boolean suggestsValues() {
        return this == COHORT || this == TASK || this == INTERNSHIP || this == MILESTONE;
    }
}
