package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Disputes;
import org.sanling.it.support.Jobs;
import org.sanling.it.support.Portal;
import org.sanling.it.support.Totp;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.sanling.supervision.PhotoFixtures;

/**
 * The deployment every test class declares as {@link Portal#SHARED}, deployed once for the whole run
 * (see {@link org.sanling.it.support.OnePortalDeployment}): the EAR as built, with the tests that run
 * inside the server and what they use. The other tests run as clients. It lives here, beside those tests,
 * so that they can stay package-private.
 */
public final class SharedPortal {

    private SharedPortal() {
    }

    public static EnterpriseArchive deployment() {
        return Portal.earWith(DeadlineScanIT.class, DisputeJobsIT.class, IndexVerificationIT.class, PhotoUploadsIT.class,
                PlatformIT.class, SummariesIT.class, TwoFactorAuditIT.class, DemoYearIT.class,
                Portal.class, ApiClient.class, ApiClient.Reply.class, Jobs.class, Disputes.class, Totp.class,
                PhotoFixtures.class);
    }
}
