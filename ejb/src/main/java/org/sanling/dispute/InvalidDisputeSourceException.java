package org.sanling.dispute;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The source names no record the caller may turn into a dispute: none such, not a dispute submission, not a referred consultation. */
public class InvalidDisputeSourceException extends UserFacingException {

    public InvalidDisputeSourceException(DisputeSource source, String sourceId) {
        super(Problem.BAD_INPUT, "dispute.source.invalid", "sourceId", source, sourceId == null ? "" : sourceId);
    }
}
