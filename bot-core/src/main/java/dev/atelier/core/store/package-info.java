/**
 * MongoDB storage (Spring Data MongoDB) implementing the core's store ports. Documents are
 * package-private records of their own, mapped field by field to and from the domain types, so a
 * renamed domain field does not change what is stored; they never leave this package. Each store
 * declares the indexes its queries use ({@link dev.atelier.core.store.StoreIndexes}), unique where a
 * value is an identity. Aggregates are found by an {@code _id} derived from their identity
 * ({@code communityId/number}) or through lookup-key documents found by {@code _id}
 * ({@link dev.atelier.core.store.LookupKeys}): the embedded server answers only {@code _id} and
 * unique-index equality lookups without scanning a whole collection. Aggregates changed by more than
 * one path are saved under optimistic locking or changed by atomic single-field updates. Every record
 * carries its community id; the public credential lookup and the clock's sweeps across communities
 * are the reads not scoped to one community.
 */
package dev.atelier.core.store;
