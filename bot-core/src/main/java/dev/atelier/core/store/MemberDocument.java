package dev.atelier.core.store;

import dev.atelier.core.community.Member;

/** A member inside a document: platform user id (stored as {@code _id}) and display name. */
record MemberDocument(String id, String name) {

    static MemberDocument of(Member m) {
        return m == null ? null : new MemberDocument(m.id(), m.name());
    }

    Member toMember() {
        return new Member(id, name);
    }
}
