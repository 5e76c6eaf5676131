package org.sanling.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.UUID;

/** The portal under test: the EAR the build made, and facts about the running server. */
public final class Portal {

    public static final String BASE = "http://127.0.0.1:8080";
    public static final String HEALTH = "http://127.0.0.1:9990/health";
    public static final String DEMO_PASSWORD = "Sanling@2026";
    /** The name of the one deployment of the portal that the test classes share (see {@link OnePortalDeployment}). */
    public static final String SHARED = "shared-portal";
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
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sanling.ear")));
    }

    /**
     * The EAR with the given test classes added to its web module, for tests that run inside the server.
     * Arquillian reaches them through its servlet at the context root, which the portal's security
     * constraint would send to the login page: a web fragment of the test archive only leaves that one
     * URL open.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml"));
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }

    /** A username no other test or run has used. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A word no demo message contains, so that only this test's submission matches it. */
    public static String uniqueMarker() {
        String letters = "甲乙丙丁戊己庚辛壬癸";
        StringBuilder word = new StringBuilder("暗号");
        UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(6)
                .forEach(c -> word.append(letters.charAt(c - '0')));
        return word.toString();
    }
}
