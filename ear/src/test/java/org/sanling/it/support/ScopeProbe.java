package org.sanling.it.support;

import java.util.List;
import java.util.Set;

/**
 * A request aimed at street B ({@link OtherStreet}) through one {@code GET} under {@code /api/v1}; {@link #ALL} is
 * the table {@link ScopeWalkIT} walks, every endpoint at least once. A new endpoint needs a row there, or that test
 * fails.
 *
 * @param path             the endpoint as the resource classes declare it ({@code /api/v1/…}, templates in braces)
 * @param url              the request, {@code {name}}s filled from {@link OtherStreet#placeholders()}
 * @param reach            who may read what it answers
 * @param governorsSeeIt   whether the admin and the district leader (the positive control) find one of street B's
 *                         secrets in the answer: proof that the request does reach the records the walk looks for
 */
public record ScopeProbe(String path, String url, Reach reach, boolean governorsSeeIt) {

    /** Who may read an endpoint's answer, and so what a caller of street A or a department may get. */
    public enum Reach {
        /** Records of an area: out of scope, a 403, a 404, or an answer filtered to nothing of them. */
        SCOPED(Set.of(200, 403, 404)),
        /** The caller's own records (or a 403 for a role that has none). */
        OWN(Set.of(200, 403)),
        /** Administrators only. */
        ADMIN(Set.of(403)),
        /**
         * Public to everyone logged in by design (README "What each caller may read"): reference lists, published
         * campaigns, legal-aid events and their calendar. Street B's secrets are never among them, drafts included.
         */
        PUBLIC(Set.of(200)),
        /**
         * The area tree: reference data for volunteers and supervisors, who file and sign up anywhere; leaders and
         * handlers browse their own subtree only. A code's 403 rather than 404 tells that the area exists, which the
         * public registration form tells anyway.
         */
        AREA_TREE(Set.of(200, 403));

        public final Set<Integer> statusesOutside;

        Reach(Set<Integer> statusesOutside) {
            this.statusesOutside = statusesOutside;
        }
    }

    public static final List<ScopeProbe> ALL = List.of(
            probe("/api/v1/areas", "/api/v1/areas?parent={street}", Reach.AREA_TREE, false),
            probe("/api/v1/areas/{code}", "/api/v1/areas/{community}", Reach.AREA_TREE, false),

            // Accounts: usernames are no secret of their own (registration answers 409 for a taken one), so an
            // out-of-scope account may be a 403 where an unknown one is a 404; nothing of it is shown.
            probe("/api/v1/accounts", "/api/v1/accounts?q={marker}", Reach.SCOPED, true),
            probe("/api/v1/accounts", "/api/v1/accounts?areaCode={community}", Reach.SCOPED, false),
            probe("/api/v1/accounts/{username}", "/api/v1/accounts/{account}", Reach.SCOPED, true),
            probe("/api/v1/me", "/api/v1/me", Reach.OWN, false),
            probe("/api/v1/me/signups", "/api/v1/me/signups", Reach.OWN, false),
            probe("/api/v1/me/hours", "/api/v1/me/hours", Reach.OWN, false),
            probe("/api/v1/me/mfa", "/api/v1/me/mfa", Reach.OWN, false),
            probe("/api/v1/notifications", "/api/v1/notifications", Reach.OWN, false),
            probe("/api/v1/sync/session", "/api/v1/sync/session", Reach.OWN, false),
            probe("/api/v1/departments", "/api/v1/departments", Reach.PUBLIC, false),

            probe("/api/v1/submissions", "/api/v1/submissions?areaCode={community}", Reach.SCOPED, true),
            probe("/api/v1/submissions", "/api/v1/submissions?view=SCOPE&areaCode={street}", Reach.SCOPED, true),
            probe("/api/v1/submissions", "/api/v1/submissions?view=ASSIGNED&areaCode={street}", Reach.SCOPED, false),
            probe("/api/v1/submissions", "/api/v1/submissions?view=MINE&areaCode={street}", Reach.OWN, false),
            probe("/api/v1/submissions/similar", "/api/v1/submissions/similar?areaCode={community}&title={marker}&content={marker}",
                    Reach.SCOPED, true),
            probe("/api/v1/submissions/similar", "/api/v1/submissions/similar?areaCode={street}&title={marker}&content={marker}",
                    Reach.SCOPED, true),
            probe("/api/v1/submissions/{id}", "/api/v1/submissions/{submission}", Reach.SCOPED, true),
            probe("/api/v1/submissions/{id}/handlers", "/api/v1/submissions/{submission}/handlers", Reach.SCOPED, false),
            probe("/api/v1/submissions/{id}/photos", "/api/v1/submissions/{submission}/photos", Reach.SCOPED, false),
            probe("/api/v1/submissions/{id}/photos/{photoId}", "/api/v1/submissions/{submission}/photos/{photo}", Reach.SCOPED, false),
            probe("/api/v1/submissions/{id}/photos/{photoId}", "/api/v1/submissions/{submission}/photos/{photo}?size=thumb",
                    Reach.SCOPED, false),
            probe("/api/v1/categories", "/api/v1/categories", Reach.PUBLIC, false),

            probe("/api/v1/disputes", "/api/v1/disputes", Reach.SCOPED, true),
            probe("/api/v1/disputes", "/api/v1/disputes?areaCode={street}&riskLevel=HIGH", Reach.SCOPED, true),
            probe("/api/v1/disputes/{id}", "/api/v1/disputes/{dispute}", Reach.SCOPED, true),
            probe("/api/v1/disputes/kinds", "/api/v1/disputes/kinds", Reach.PUBLIC, false),
            probe("/api/v1/patrols", "/api/v1/patrols", Reach.SCOPED, true),
            probe("/api/v1/patrols", "/api/v1/patrols?areaCode={street}&from={weekAgo}", Reach.SCOPED, true),

            probe("/api/v1/search", "/api/v1/search?q={marker}", Reach.SCOPED, true),
            probe("/api/v1/search", "/api/v1/search?q={marker}&areaCode={street}", Reach.SCOPED, true),
            probe("/api/v1/search/export", "/api/v1/search/export?q={marker}", Reach.SCOPED, true),
            probe("/api/v1/search/export", "/api/v1/search/export?q={marker}&areaCode={community}", Reach.SCOPED, true),
            probe("/api/v1/search/rebuild", "/api/v1/search/rebuild", Reach.ADMIN, false),
            probe("/api/v1/search/verification", "/api/v1/search/verification", Reach.ADMIN, false),

            probe("/api/v1/summaries/daily", "/api/v1/summaries/daily?areaCode={street}", Reach.SCOPED, false),
            probe("/api/v1/summaries/weekly", "/api/v1/summaries/weekly?areaCode={street}", Reach.SCOPED, false),
            probe("/api/v1/summaries/monthly", "/api/v1/summaries/monthly?areaCode={community}&month={month}", Reach.SCOPED, false),
            probe("/api/v1/summaries/series", "/api/v1/summaries/series?areaCode={street}&from={weekAgo}&to={today}",
                    Reach.SCOPED, false),
            probe("/api/v1/sanling-board", "/api/v1/sanling-board?areaCode={street}", Reach.SCOPED, false),
            probe("/api/v1/reports/export", "/api/v1/reports/export?period=DAY&areaCode={street}", Reach.SCOPED, false),
            probe("/api/v1/jobs", "/api/v1/jobs", Reach.ADMIN, false),
            probe("/api/v1/jobs/{name}", "/api/v1/jobs/deadline-scan", Reach.ADMIN, false),
            probe("/api/v1/jobs/{name}/runs", "/api/v1/jobs/deadline-scan/runs", Reach.ADMIN, false),

            // Published campaigns are public (volunteers sign up anywhere); a draft is its leaders' business.
            probe("/api/v1/campaigns", "/api/v1/campaigns?areaCode={community}&status=DRAFT", Reach.PUBLIC, false),
            probe("/api/v1/campaigns/{id}", "/api/v1/campaigns/{draftCampaign}", Reach.SCOPED, true),
            probe("/api/v1/campaigns/{id}", "/api/v1/campaigns/{publishedCampaign}", Reach.PUBLIC, true),
            probe("/api/v1/campaigns/categories", "/api/v1/campaigns/categories", Reach.PUBLIC, false),
            probe("/api/v1/campaign-categories", "/api/v1/campaign-categories", Reach.PUBLIC, false),
            probe("/api/v1/shifts/{id}/roster", "/api/v1/shifts/{publishedShift}/roster", Reach.SCOPED, true),
            probe("/api/v1/shifts/{id}/roster", "/api/v1/shifts/{draftShift}/roster", Reach.SCOPED, false),
            probe("/api/v1/shifts/{id}/suggestions", "/api/v1/shifts/{publishedShift}/suggestions", Reach.SCOPED, false),
            probe("/api/v1/shifts/{id}/suggestions", "/api/v1/shifts/{draftShift}/suggestions", Reach.SCOPED, false),

            probe("/api/v1/legal-aid/events", "/api/v1/legal-aid/events?areaCode={street}", Reach.PUBLIC, false),
            probe("/api/v1/legal-aid/events/{id}", "/api/v1/legal-aid/events/{event}", Reach.PUBLIC, false),
            probe("/api/v1/legal-aid/events.ics", "/api/v1/legal-aid/events.ics", Reach.PUBLIC, false),
            probe("/api/v1/legal-aid/events/{id}/report", "/api/v1/legal-aid/events/{event}/report", Reach.SCOPED, true),
            probe("/api/v1/legal-aid/events/{id}/consultations/mine", "/api/v1/legal-aid/events/{event}/consultations/mine",
                    Reach.OWN, false),
            probe("/api/v1/legal-aid/topics", "/api/v1/legal-aid/topics", Reach.PUBLIC, false));

    private static ScopeProbe probe(String path, String url, Reach reach, boolean governorsSeeIt) {
        return new ScopeProbe(path, url, reach, governorsSeeIt);
    }
}
