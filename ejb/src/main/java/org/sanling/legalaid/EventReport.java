package org.sanling.legalaid;

import org.sanling.supervision.SubmissionStatus;

import java.io.Serializable;
import java.util.List;

/**
 * An event afterwards: people reached and materials handed out (entered by the leader), consultations
 * by topic and outcome, and the referrals with where their submissions stand now.
 */
public record EventReport(LegalAidEvent event, int consultations, List<TopicCount> byTopic, List<Referral> referrals)
        implements Serializable {

    /** Consultations of one topic: answered on the spot and referred. */
    public record TopicCount(LegalTopic topic, long answered, long referred) implements Serializable {
    }

    /** A referral and its submission as it stands. */
    public record Referral(long consultationId, LegalTopic topic, String summary, long submissionId, String submissionNumber,
                           SubmissionStatus status) implements Serializable {
    }
}
