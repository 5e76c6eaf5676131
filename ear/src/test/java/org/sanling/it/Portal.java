package org.sanling.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.sanling.supervision.PhotoFixtures;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.UUID;

/** The portal under test: the EAR the build made, and facts about the running server. */
final class Portal {

    static final String BASE = "http://127.0.0.1:8080";
    static final String HEALTH = "http://127.0.0.1:9990/health";
    static final String DEMO_PASSWORD = "Sanling@2026";
    /** The name of the one deployment of the portal that the test classes share (see {@link OnePortalDeployment}). */
    static final String SHARED = "shared-portal";
    private static final String WEB_MODULE = "sanling-web.war";
    private static final String RUNNER_OPEN = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_open</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private Portal() {
    }

    /** The EAR exactly as built. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sanling.ear")));
    }

    /**
     * The EAR every test class declares as {@link #SHARED}, deployed once for the whole run: the EAR as
     * built, with the tests that run inside the server and what they use. The other tests run as clients.
     */
    static EnterpriseArchive shared() {
        return earWith(DeadlineScanIT.class, DisputeJobsIT.class, IndexVerificationIT.class, PhotoUploadsIT.class,
                PlatformIT.class, SummariesIT.class, TwoFactorAuditIT.class,
                Portal.class, ApiClient.class, ApiClient.Reply.class, Jobs.class, Disputes.class, Totp.class,
                PhotoFixtures.class);
    }

    /**
     * The EAR with the given test classes added to its web module, for tests that run inside the server.
     * Arquillian reaches them through its servlet at the context root, which the portal's security
     * constraint would send to the login page: a web fragment of the test archive only leaves that one
     * URL open.
     */
    private static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml"));
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }

    /** A username no other test or run has used. */
    static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
