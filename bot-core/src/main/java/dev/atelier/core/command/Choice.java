package dev.atelier.core.command;

/** A suggested value for an option: what to show and what to fill in. */
public record Choice(String label, String value) {}
