package org.sanling.platform;

import java.io.Serializable;
import java.util.Locale;

/**
 * Which of the lists admins keep a {@link ChoiceListService} call is about: the entity type of its
 * entries, how a new entry is made, and its key, which names the list in audit records
 * ({@code campaignCategory} → {@code CAMPAIGN_CATEGORY_ADDED}) and in messages
 * ({@code campaignCategory.name.taken}). Serializable, so views may keep it.
 *
 * @param <T> the entries' entity type
 */
public record ChoiceList<T extends NamedChoice>(Class<T> type, String key, NewEntry<T> newEntry) implements Serializable {

    /** Makes a new, active entry with the given names at the given place of the list. */
    @FunctionalInterface
    public interface NewEntry<T extends NamedChoice> extends Serializable {
        T make(String name, String nameEn, int position);
    }

    /** The prefix of the list's audit actions: the key in upper snake case. */
    String auditPrefix() {
        return key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
