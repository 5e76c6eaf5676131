package org.sanling.web.dispute;

import org.sanling.account.PhoneMask;
import org.sanling.dispute.Dispute;
import org.sanling.dispute.DisputeAction;
import org.sanling.dispute.DisputeDetails;
import org.sanling.dispute.DisputeParty;
import org.sanling.dispute.DisputeSource;
import org.sanling.dispute.DisputeStatus;
import org.sanling.dispute.DisputeStep;
import org.sanling.dispute.MediationSession;
import org.sanling.dispute.ReferralTarget;
import org.sanling.dispute.RiskLevel;
import org.sanling.web.i18n.Times;
import org.sanling.web.supervision.PersonRef;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A dispute with its parties (phones masked unless the caller may see them whole), mediation sessions, timeline and
 * the actions the caller may take now.
 *
 * @param sourceId the submission, consultation or patrol it came from; null when screened
 */
public record DisputeDetail(String id, String number, String clientId, String kind, String kindId, String areaCode,
                            String areaName, String title, String description, RiskLevel riskLevel, String riskReasons,
                            DisputeSource source, String sourceId, DisputeStatus status, PersonRef filedBy,
                            PersonRef mediator, String agreement, ReferralTarget referredTo, OffsetDateTime createdAt,
                            OffsetDateTime resolvedAt, OffsetDateTime followUpDue, long version,
                            List<DisputeAction> actions, List<Party> parties, List<Session> sessions,
                            List<Step> timeline) implements Serializable {

    /** A party; the phone whole or masked (138****5678). */
    public record Party(String name, String phone, String side) implements Serializable {

        static Party of(DisputeParty party, boolean phoneVisible) {
            return new Party(party.getName(), phoneVisible ? party.getPhone() : PhoneMask.mask(party.getPhone()), party.getSide());
        }
    }

    /** A mediation session. */
    public record Session(OffsetDateTime heldAt, String place, String attendees, String notes, String recordedBy)
            implements Serializable {

        static Session of(MediationSession session) {
            return new Session(Times.local(session.getHeldAt()), session.getPlace(), session.getAttendees(),
                    session.getNotes(), session.getRecordedBy());
        }
    }

    /** One step of the timeline: {@code action} is FILE for the filing, REMIND and ESCALATE for what the jobs did. */
    public record Step(OffsetDateTime at, String actor, String action, DisputeStatus status, String note)
            implements Serializable {

        static Step of(DisputeStep step) {
            return new Step(Times.local(step.getAt()), step.getActor(), step.getAction(), step.getStatusAfter(), step.getNote());
        }
    }

    static DisputeDetail of(DisputeDetails details, Locale locale) {
        Dispute d = details.dispute();
        return new DisputeDetail(String.valueOf(d.getId()), d.getNumber(), d.getClientId().toString(),
                d.getKind().nameIn(locale), String.valueOf(d.getKind().getId()), d.getArea().getCode(), d.getArea().getName(),
                d.getTitle(), d.getDescription(), d.getRiskLevel(), d.getRiskReasons(), d.getSource(),
                d.getSourceId() == null ? null : String.valueOf(d.getSourceId()), d.getStatus(), PersonRef.of(d.getFiledBy()),
                PersonRef.of(d.getMediator()), d.getAgreement(), d.getReferredTo(), Times.local(d.getCreatedAt()),
                Times.local(d.getResolvedAt()), Times.local(d.getFollowUpDue()), d.getVersion(),
                details.actions().stream().sorted().toList(),
                d.getParties().stream().map(p -> Party.of(p, details.phonesVisible())).toList(),
                d.getSessions().stream().map(Session::of).toList(),
                d.getTimeline().stream().map(Step::of).toList());
    }
}
