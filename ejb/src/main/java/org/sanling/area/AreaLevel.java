package org.sanling.area;

/** The four levels of the area tree, from the root down. */
public enum AreaLevel {
    DISTRICT, STREET, COMMUNITY, GRID;

    /** The level directly below this one; empty below a grid. */
    public java.util.Optional<AreaLevel> below() {
        return this == GRID ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }
}
