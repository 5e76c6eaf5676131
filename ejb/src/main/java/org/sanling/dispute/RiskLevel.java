package org.sanling.dispute;

/** How likely a dispute is to escalate, e.g. into a crime (民转刑) or a petition; given with its reasons. */
public enum RiskLevel {
    /** 低 */
    LOW,
    /** 中 */
    MEDIUM,
    /** 高: escalated to the street's leaders when open more than three days */
    HIGH
}
