package org.sanling.searchindex;

import java.io.Serializable;

/**
 * One value of a facet dimension and how many matching documents have it.
 *
 * @param key   the value (an area code for {@link FacetDimension#AREA}, whose label the caller
 *              looks up), never null
 * @param count at least 1
 */
public record FacetValue(String key, int count) implements Serializable {
}
