package dev.atelier.core.archfixture.newfeature;

import dev.atelier.core.store.MongoStores;

/** Breaks the storage rule: feature code reaching for the MongoDB stores instead of its port. */
public final class FeatureReadingTheStore {

    public int storesKnown(MongoStores stores) {
        return stores.hashCode();
    }
}
