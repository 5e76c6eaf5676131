package org.sanling.web.supervision;

import org.sanling.dispute.Dispute;

import java.io.Serializable;

/** The dispute of the register a submission became (docs/api.md "Disputes"): the link from the source to it. */
public record DisputeLink(String id, String number) implements Serializable {

    public static DisputeLink of(Dispute dispute) {
        return new DisputeLink(String.valueOf(dispute.getId()), dispute.getNumber());
    }
}
