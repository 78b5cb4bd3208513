/**
 * MongoDB storage (Spring Data MongoDB) implementing the core's store ports. Documents are
 * package-private records of their own, mapped field by field to and from the domain types, so a
 * renamed domain field does not change what is stored; they never leave this package. Each store
 * declares the indexes its queries use where it is made ({@link dev.atelier.core.store.StoreIndexes};
 * the member-rights stores in {@link dev.atelier.core.store.MongoRightsStores}), unique where a value is
 * an identity. Aggregates are found by an {@code _id} derived from their identity
 * ({@code communityId/number}) or through lookup-key documents found by {@code _id}
 * ({@link dev.atelier.core.store.LookupKeys}): the embedded server answers only {@code _id} and
 * unique-index equality lookups without scanning a whole collection. A document changed by more than
 * one path is saved under optimistic locking (a version, replaced on {@code _id} and version) or changed
 * by atomic updates of just the fields that change (settings: {@link dev.atelier.core.store.SettingsUpdate};
 * counters, lists, claims); a rewrite that cannot be either (the erasure's) replaces only the document
 * as it read it. Every record carries its community id, as a field or in its {@code _id}, except the
 * machinery shared by all communities (due-work buckets, the peer-help hour lists, whose entries carry
 * it, migration marks and the retention pass); the public credential lookup and the background
 * workers' claims and rounds are the reads not scoped to one community.
 */
package dev.atelier.core.store;
