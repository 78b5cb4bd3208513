package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.atelier.core.shared.ConcurrentChange;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One atomic change of a settings document found by {@code _id}: the fields a moderator changed are set,
 * the others keep what is stored, or take their default when the document is created by this change
 * ({@code $setOnInsert} of an upsert). Nothing is read first and written back whole, so two moderators
 * changing different fields at the same moment both keep their change; documents stored by an older
 * version, which carry no version, are changed the same way.
 */
final class SettingsUpdate {

    private final Update update = new Update();

    /** {@code changed} when the moderator changed the field (not null), else {@code otherwise} on creation. */
    SettingsUpdate field(String name, Object changed, Object otherwise) {
        if (changed != null) {
            update.set(name, changed);
        } else {
            update.setOnInsert(name, otherwise);
        }
        return this;
    }

    /** Applies the change to the document of that id, creating it if absent; the document as stored now. */
    <T> T apply(MongoTemplate mongo, String id, Class<T> document) {
        try {
            return mongo.findAndModify(
                    Query.query(where("_id").is(id)),
                    update,
                    FindAndModifyOptions.options().upsert(true).returnNew(true),
                    document);
        } catch (DuplicateKeyException e) {
            // two first changes created the document at once; the command is tried again and updates it
            throw new ConcurrentChange("the settings were created meanwhile", e);
        }
    }
}
