package org.sanling.web.legalaid;

import jakarta.ws.rs.Path;
import org.sanling.legalaid.LegalTopic;
import org.sanling.web.rest.ChoiceListResource;

/**
 * The legal topics (民法典, 反诈 …): on offer for everyone, kept by admins. Its path is longer than
 * {@link LegalAidResource}'s, so every request under it comes here, listing the topics included.
 */
@Path("legal-aid/topics")
public class LegalTopicsResource extends ChoiceListResource<LegalTopic> {

    public LegalTopicsResource() {
        super(LegalTopic.LIST);
    }
}
