package org.sanling.supervision;

/** Which of the three zeros a submission touches, if any (三零: 零上访, 零事故, 零发案). */
public enum SanlingDimension {
    /** 上访: petitions escalated beyond the grassroots */
    PETITION,
    /** 事故: safety accidents */
    SAFETY,
    /** 发案: criminal cases */
    PUBLIC_SECURITY,
    NONE
}
