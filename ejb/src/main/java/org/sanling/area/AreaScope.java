package org.sanling.area;

/**
 * The part of the area tree the current caller may browse. The account feature, which knows the caller,
 * provides it ({@code CurrentCaller}); the area feature asks through this interface so that it depends on
 * no feature above it.
 */
public interface AreaScope {

    /** Whether the caller may browse the area with this materialised path (its own area and below, or all). */
    boolean canBrowse(String areaPath);

    /** The code of the caller's home area, the top of what an area-scoped caller may browse. */
    String homeAreaCode();

    /**
     * Whether the caller may manage and see the restricted records of the area with this path: an admin anywhere,
     * a leader or an area's handler in their home area and below.
     */
    boolean governs(String areaPath);
}
