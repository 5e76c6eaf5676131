package org.sanling.web.legalaid;

import org.sanling.legalaid.LegalAidEvent;

import java.io.Serializable;
import java.util.List;

/** An event as the pages list it: the event and how far each of its roles is staffed. */
public record EventSummary(LegalAidEvent event, List<Staffing> staffing) implements Serializable {
}
