package org.sanling.legalaid;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A topic that is not active, or (for a consultation) not one of the event's topics. */
public class TopicNotFoundException extends UserFacingException {

    public TopicNotFoundException(String field, String topic) {
        super(Problem.BAD_INPUT, "legalAid.topic.notFound", field, topic);
    }
}
