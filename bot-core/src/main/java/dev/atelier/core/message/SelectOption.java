package dev.atelier.core.message;

import java.util.Objects;

/** One choice of a {@link Select}: what people see and the option value it stands for. */
public record SelectOption(String label, String value) {

    public SelectOption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
