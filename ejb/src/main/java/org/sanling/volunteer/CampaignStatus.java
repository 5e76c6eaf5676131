package org.sanling.volunteer;

/** Where a campaign stands: drafts are seen by leaders only; only published campaigns take sign-ups. */
public enum CampaignStatus {
    DRAFT, PUBLISHED, CLOSED, CANCELLED;

    /** Whether the campaign can still be edited and its shifts changed. */
    public boolean isLive() {
        return this == DRAFT || this == PUBLISHED;
    }
}
