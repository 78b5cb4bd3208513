package dev.atelier.core.store;

import dev.atelier.core.credential.Recipients;
import dev.atelier.core.credential.StatusLists;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The credentials' own stores: recipients per member and community, and revocation status lists (all by {@code _id}). */
public record MongoCredentialStores(Recipients recipients, StatusLists statusLists) {

    public static MongoCredentialStores create(MongoTemplate mongo) {
        return new MongoCredentialStores(new MongoRecipients(mongo), new MongoStatusLists(mongo));
    }
}
