package org.sanling.dispute;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No active kind of dispute has that id or name. */
public class DisputeKindNotFoundException extends UserFacingException {

    public DisputeKindNotFoundException(String kind) {
        super(Problem.BAD_INPUT, "dispute.kind.notFound", "kind", kind);
    }
}
