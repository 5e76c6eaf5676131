package org.sanling.searchindex;

import java.time.Instant;
import java.util.Objects;

/**
 * What to search for. Build one with {@link #builder()}; every filter left null is not applied.
 *
 * <p>Query syntax: words separated by spaces must all match ({@code 停车 收费}); a run of Chinese
 * such as {@code 道路积水} is cut into its words ({@code 道路 积水}), each of which must be in the title
 * or content, anywhere; the text as written ranks first, then its words close together, then the
 * rest. A word also finds its near words (电瓶车 for 电动车), ranked lower, and traditional
 * characters find simplified text. {@code "…"} matches the quoted text as written only. {@code OR},
 * {@code NOT}, {@code -word} and parentheses work as usual. Field prefixes ({@code title:}) are
 * ignored. Anything else that does not parse is searched as plain words and the result carries a
 * warning.
 *
 * @param query         the user's text, or null or blank for every document
 * @param scopeAreaCode only documents in this area or below it; null means no area restriction, so
 *                      the caller must pass the user's scope whenever the user has one
 * @param kind          or null
 * @param type          exact value, or null
 * @param category      exact value, or null
 * @param status        exact value, or null
 * @param overdue       true or false to filter on the overdue flag, or null
 * @param from          created at or after this instant, or null
 * @param to            created strictly before this instant, or null
 * @param sort          not null
 * @param page          zero-based page number, at least 0
 * @param size          hits per page, 1 to {@value #MAX_SIZE}; {@code (page + 1) * size} is at
 *                      most {@value #MAX_WINDOW}
 */
public record SearchRequest(
        String query,
        String scopeAreaCode,
        DocumentKind kind,
        String type,
        String category,
        String status,
        Boolean overdue,
        Instant from,
        Instant to,
        SortOrder sort,
        int page,
        int size) {

    /** Largest page size. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit that can be paged to; deeper paging costs memory for no one's benefit. */
    public static final int MAX_WINDOW = 10_000;

    /** Checks the contract above. */
    public SearchRequest {
        Objects.requireNonNull(sort, "sort");
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
        }
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is beyond hit " + MAX_WINDOW);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " must be before to " + to);
        }
    }

    /** A builder for the first page of 20 by relevance, no filters. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder of a {@link SearchRequest}; not thread-safe. */
    public static final class Builder {
        private String query;
        private String scopeAreaCode;
        private DocumentKind kind;
        private String type;
        private String category;
        private String status;
        private Boolean overdue;
        private Instant from;
        private Instant to;
        private SortOrder sort = SortOrder.RELEVANCE;
        private int page;
        private int size = 20;

        private Builder() {
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder scope(String areaCode) {
            this.scopeAreaCode = areaCode;
            return this;
        }

        public Builder kind(DocumentKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder overdue(Boolean overdue) {
            this.overdue = overdue;
            return this;
        }

        /** Created at or after {@code from} (inclusive) and before {@code to} (exclusive); either may be null. */
        public Builder created(Instant from, Instant to) {
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder sort(SortOrder sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page, int size) {
            this.page = page;
            this.size = size;
            return this;
        }

        /** @throws IllegalArgumentException if the values break the record's contract */
        public SearchRequest build() {
            return new SearchRequest(query, scopeAreaCode, kind, type, category, status, overdue, from, to, sort, page, size);
        }
    }
}
