package org.sanling.web.supervision;

import java.io.Serializable;

/**
 * A recent submission of the same area that reads like the one being written, and that the person filing may
 * open (see {@link org.sanling.search.SearchService#similar}).
 */
public record PossibleDuplicate(long id, String number, String title, String status) implements Serializable {
}
