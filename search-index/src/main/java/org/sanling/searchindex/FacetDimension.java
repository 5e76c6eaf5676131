package org.sanling.searchindex;

/** The dimensions counted for every search. */
public enum FacetDimension {
    /** Direct children of the scope area (or the root areas when there is no scope), by code. */
    AREA("area"),
    TYPE("type"),
    CATEGORY("category"),
    STATUS("status"),
    /** Month of creation, {@code yyyy-MM}. */
    MONTH("month");

    private final String key;

    FacetDimension(String key) {
        this.key = key;
    }

    /** The name used in the REST API, e.g. {@code area}. */
    public String key() {
        return key;
    }
}
