package dev.atelier.core.message;

/** How prominent a button is: primary (the expected action), secondary, success or danger. */
public enum ButtonStyle {
    PRIMARY,
    SECONDARY,
    SUCCESS,
    DANGER
}
