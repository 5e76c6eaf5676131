package org.sanling.searchindex;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One searchable item, as the portal hands it to the index. The index keeps no other knowledge of
 * the portal's entities.
 *
 * @param id        key of the item in the index, unique across all kinds (the caller prefixes its
 *                  database ids when they could collide, e.g. {@code S-42}); not null or blank
 * @param kind      not null
 * @param number    the human-facing number (e.g. {@code SQ-2026-000123}), or null; it is searchable
 *                  like the title
 * @param title     not null, may be empty; weighted above the content
 * @param content   the body text, or null (indexed as empty)
 * @param areaCode  code of the item's own area, not null; codes must not contain {@code /}
 * @param areaName  display name of that area, or null; stored for display only
 * @param areaPath  codes of the item's area and all its ancestors, root first and
 *                  {@code areaCode} last; not null or empty. Scope filters and area facets use it,
 *                  so it decides who can see the item
 * @param type      e.g. complaint or request, or null
 * @param category  e.g. 城乡建设, or null
 * @param status    workflow status, not null
 * @param createdAt not null; also gives the month facet ({@code yyyy-MM}, in
 *                  {@link #MONTH_ZONE})
 * @param overdue   whether the item is past its deadline
 * @param stamp     a number that changes whenever the item does in its source (e.g. its row's version), so
 *                  that {@link SearchIndex#tallies} tells a stale document from a current one; 0 for items
 *                  that never change
 */
public record SearchDocument(
        String id,
        DocumentKind kind,
        String number,
        String title,
        String content,
        String areaCode,
        String areaName,
        List<String> areaPath,
        String type,
        String category,
        String status,
        Instant createdAt,
        boolean overdue,
        long stamp) {

    /** The portal serves one district in China, so months are counted in China's time zone. */
    public static final ZoneId MONTH_ZONE = ZoneId.of("Asia/Shanghai");

    /** Checks the contract above and copies the area path. */
    public SearchDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be null or blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        areaPath = List.copyOf(Objects.requireNonNull(areaPath, "areaPath"));
        if (areaPath.isEmpty() || !areaPath.get(areaPath.size() - 1).equals(areaCode)) {
            throw new IllegalArgumentException("areaPath must end with areaCode " + areaCode + ": " + areaPath);
        }
        if (areaPath.stream().anyMatch(code -> code.isEmpty() || code.contains(IndexSchema.AREA_EDGE_SEPARATOR))) {
            throw new IllegalArgumentException("area codes must be non-empty and free of '/': " + areaPath);
        }
    }
}
