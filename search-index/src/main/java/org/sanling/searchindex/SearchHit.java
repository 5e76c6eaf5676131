package org.sanling.searchindex;

import java.io.Serializable;
import java.time.Instant;

/**
 * One search hit. Text fields are the document's own text, unescaped, except {@code snippet}.
 *
 * @param id        never null
 * @param number    or null when the document has none
 * @param kind      never null
 * @param title     plain text, never null; the caller escapes it
 * @param snippet   a passage of the content as HTML: the text is escaped and the only markup is
 *                  {@code <mark>}…{@code </mark>} around matches; the start of the content when
 *                  the match was in the title only; never null, empty when there is no content
 * @param areaCode  never null
 * @param areaName  or null
 * @param status    never null
 * @param createdAt never null
 * @param score     relevance, only for ordering; {@code NaN} when sorted by {@link SortOrder#NEWEST}
 * @param type      or null
 * @param category  or null
 */
public record SearchHit(
        String id,
        String number,
        DocumentKind kind,
        String title,
        String snippet,
        String areaCode,
        String areaName,
        String status,
        Instant createdAt,
        float score,
        String type,
        String category) implements Serializable {
}
