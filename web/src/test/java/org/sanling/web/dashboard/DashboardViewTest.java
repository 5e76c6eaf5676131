package org.sanling.web.dashboard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardViewTest {

    @Test
    void aQueueLinkKeepsTheAreaAndEncodesItsFilters() {
        assertEquals("/submissions/list.xhtml?view=SCOPE&area=410702001&from=2026-12-01&to=2026-12-07",
                DashboardView.queue("410702001", "from", "2026-12-01", "to", "2026-12-07"));
        assertEquals("/submissions/list.xhtml?view=SCOPE&area=4107+02", DashboardView.queue("4107 02"));
    }
}
