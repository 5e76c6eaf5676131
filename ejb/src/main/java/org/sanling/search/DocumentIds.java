package org.sanling.search;

import java.util.OptionalLong;

/** Index ids made of a kind's prefix and a database id, e.g. {@code S-42}. */
final class DocumentIds {

    private DocumentIds() {
    }

    /** The database id in {@code documentId} if it has the prefix and a number after it. */
    static OptionalLong databaseId(String prefix, String documentId) {
        if (!documentId.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(documentId.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
