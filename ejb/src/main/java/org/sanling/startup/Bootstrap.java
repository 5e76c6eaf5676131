package org.sanling.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.sanling.demo.DemoData;
import org.sanling.platform.Settings;

/**
 * Makes a fresh installation usable once the schema is current: with {@code SANLING_DEMO=true} it loads
 * the demo district and accounts, otherwise it creates the first administrator.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class Bootstrap {

    @Inject
    private DemoData demoData;

    @Inject
    private FirstAdmin firstAdmin;

    @PostConstruct
    void start() {
        if (Settings.demo()) {
            demoData.loadIfAbsent();
        } else {
            firstAdmin.createIfNoAccounts();
        }
    }
}
