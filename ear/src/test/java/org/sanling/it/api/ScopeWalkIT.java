package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.OtherStreet;
import org.sanling.it.support.Portal;
import org.sanling.it.support.ScopeProbe;
import org.sanling.it.support.ServedEndpoints;
import org.sanling.it.support.Spreadsheets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nothing of another street leaves the server: each role of street A (and a district department's handler) walks
 * every {@code GET} under {@code /api/v1} ({@link ScopeProbe}) with the ids and area codes of street B's records
 * ({@link OtherStreet}) and gets a 403, a 404 or an answer without any of them, errors included; the admin and the
 * district leader, who govern street B, get them (the positive control that the probes aim right).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeWalkIT {

    /** Street A's people of every role, and a department's handler (home: the whole district). */
    private static final List<String> OUTSIDERS = List.of("volunteer-a", "supervisor-a", "handler-a", "street-leader-a", "dept-urban");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void everyServedGetIsInTheWalkAndTheWalkHoldsNoOther() throws Exception {
        Set<String> served = ServedEndpoints.all().stream()
                .filter(e -> e.startsWith("GET ") || e.startsWith("LOCATOR "))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> walked = ScopeProbe.ALL.stream().map(p -> "GET " + p.path()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(walked, served, "GET endpoints (and sub-resource locators) served, against the table of ScopeProbe.ALL");
    }

    @Test
    void nothingOfAnotherStreetReachesAnyRoleOutsideIt() throws Exception {
        OtherStreet street = OtherStreet.create();
        List<String> leaks = new ArrayList<>();
        for (String username : OUTSIDERS) {
            ApiClient caller = ApiClient.asDemo(username);
            for (ScopeProbe probe : ScopeProbe.ALL) {
                String url = street.url(probe.url());
                Answer answer = Answer.of(caller, url);
                if (!probe.reach().statusesOutside.contains(answer.status())) {
                    leaks.add(username + " " + url + ": " + answer.status() + " not in " + probe.reach().statusesOutside);
                }
                street.named(answer.text()).ifPresent(secret -> leaks.add(username + " " + url + " names " + secret));
                if (answer.status() >= 400 && answer.text().contains(OtherStreet.STREET_NAME)) {
                    leaks.add(username + " " + url + ": its error names " + OtherStreet.STREET_NAME);
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theAdminAndTheDistrictLeaderSeeWhatTheWalkLooksFor() throws Exception {
        OtherStreet street = OtherStreet.create();
        List<String> missed = new ArrayList<>();
        for (String username : List.of("admin", "district-leader")) {
            ApiClient governor = ApiClient.asDemo(username);
            for (ScopeProbe probe : ScopeProbe.ALL) {
                boolean adminOnly = probe.reach() == ScopeProbe.Reach.ADMIN;
                if (adminOnly && !username.equals("admin")) {
                    continue;
                }
                String url = street.url(probe.url());
                Answer answer = Answer.of(governor, url);
                boolean answered = answer.status() == 200 || (adminOnly && answer.status() == 204);
                if (!answered) {
                    missed.add(username + " " + url + ": " + answer.status() + " " + answer.text());
                } else if (probe.governorsSeeIt() && street.named(answer.text()).isEmpty()) {
                    missed.add(username + " " + url + " names none of " + street.secrets() + ": " + answer.text());
                }
            }
        }
        assertEquals(List.of(), missed);
    }

    /** A status and the body as text (a spreadsheet's cells, tab-separated). */
    private record Answer(int status, String text) {

        static Answer of(ApiClient caller, String url) throws IOException {
            ApiClient.Reply reply = caller.get(url);
            if (reply.status() == 200 && reply.contentType().startsWith(XLSX)) {
                return new Answer(200, Spreadsheets.rows(caller.getBytes(url)).stream()
                        .map(row -> String.join("\t", row)).collect(Collectors.joining("\n")));
            }
            return new Answer(reply.status(), reply.body());
        }
    }
}
