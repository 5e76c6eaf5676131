package org.sanling.web.dispute;

import org.sanling.dispute.Dispute;
import org.sanling.dispute.DisputeStatus;

/** The answer to filing, the same for the first call and every replay. */
public record DisputeCreated(String id, String number, DisputeStatus status) {

    static DisputeCreated of(Dispute dispute) {
        return new DisputeCreated(String.valueOf(dispute.getId()), dispute.getNumber(), dispute.getStatus());
    }
}
