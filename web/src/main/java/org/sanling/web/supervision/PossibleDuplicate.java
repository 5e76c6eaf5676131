package org.sanling.web.supervision;

import java.io.Serializable;

/**
 * A recent submission of the same grid that reads like the one being written.
 *
 * @param openable whether the person filing may open it, so whether to link it
 */
public record PossibleDuplicate(long id, String number, String title, String status, boolean openable)
        implements Serializable {
}
