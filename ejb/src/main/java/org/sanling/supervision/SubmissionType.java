package org.sanling.supervision;

/** What a submission is about. */
public enum SubmissionType {
    /** 投诉 */
    COMPLAINT,
    /** 建议 */
    SUGGESTION,
    /** 隐患 */
    HAZARD,
    /** 矛盾纠纷 */
    DISPUTE,
    /** 民意 */
    OPINION
}
