package dev.atelier.core.community;

import java.util.Objects;

/** A member of a community: their platform user id and the name to show. */
public record Member(String id, String name) {

    public Member {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }

    /** A mention in the portable message syntax; adapters render it for their platform. */
    public String mention() {
        return "<@" + id + ">";
    }
}
