package org.sanling.search;

import java.util.List;
import java.util.Set;

/**
 * A feature's own rule for which of its indexed entities the current caller may open, for hits shown outside the
 * caller's scope (possible duplicates, {@link SearchService#similar}). Implemented next to the rule in the
 * feature's package and found through CDI, like a {@link DocumentSource}.
 */
public interface HitVisibility {

    /** The entity whose visibility this decides. */
    IndexedEntity entity();

    /** Those among {@code ids} that exist and the current caller may open; never null. */
    Set<Long> visibleAmong(List<Long> ids);
}
