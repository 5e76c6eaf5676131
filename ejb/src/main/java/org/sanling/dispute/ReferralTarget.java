package org.sanling.dispute;

/** Where a dispute mediation could not settle goes. */
public enum ReferralTarget {
    /** 法院 */
    COURT,
    /** 仲裁 */
    ARBITRATION,
    /** 信访部门 */
    PETITION_OFFICE
}
