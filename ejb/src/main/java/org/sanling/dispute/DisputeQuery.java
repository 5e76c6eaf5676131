package org.sanling.dispute;

/**
 * Which disputes of the caller's scope to list; every criterion is optional (null: any).
 *
 * @param areaCode an area inside the caller's scope: its disputes and those of the areas below it
 * @param open     true: only those still being worked ({@link DisputeStatus#isOpen()}); false: only the others
 */
public record DisputeQuery(String areaCode, DisputeStatus status, RiskLevel riskLevel, Boolean open) {
}
