package org.sanling.web.dispute;

import org.sanling.dispute.Dispute;
import org.sanling.dispute.DisputeSource;
import org.sanling.dispute.DisputeStatus;
import org.sanling.dispute.RiskLevel;
import org.sanling.web.i18n.Times;
import org.sanling.web.supervision.PersonRef;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A dispute in a list: no description, no parties. */
public record DisputeSummary(String id, String number, String kind, String kindId, String areaCode, String areaName,
                             String title, RiskLevel riskLevel, DisputeSource source, DisputeStatus status,
                             PersonRef mediator, OffsetDateTime createdAt, OffsetDateTime followUpDue) implements Serializable {

    static DisputeSummary of(Dispute d, Locale locale) {
        return new DisputeSummary(String.valueOf(d.getId()), d.getNumber(), d.getKind().nameIn(locale),
                String.valueOf(d.getKind().getId()), d.getArea().getCode(), d.getArea().getName(), d.getTitle(),
                d.getRiskLevel(), d.getSource(), d.getStatus(), PersonRef.of(d.getMediator()),
                Times.local(d.getCreatedAt()), Times.local(d.getFollowUpDue()));
    }
}
