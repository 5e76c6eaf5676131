package org.sanling.search;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A rebuild of the search index was asked for while one is running on this node. */
public class RebuildRunningException extends UserFacingException {

    public RebuildRunningException() {
        super(Problem.CONFLICT, "search.rebuild.alreadyRunning", null);
    }
}
