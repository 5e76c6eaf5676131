package org.sanling.web.dispute;

import jakarta.ws.rs.Path;
import org.sanling.dispute.DisputeKind;
import org.sanling.web.rest.ChoiceListResource;

/**
 * The kinds of dispute (邻里纠纷, 婚姻家庭 …): on offer for everyone, kept by admins. Its path is longer than
 * {@link DisputesResource}'s, so every request under it comes here.
 */
@Path("disputes/kinds")
public class DisputeKindsResource extends ChoiceListResource<DisputeKind> {

    public DisputeKindsResource() {
        super(DisputeKind.LIST);
    }
}
