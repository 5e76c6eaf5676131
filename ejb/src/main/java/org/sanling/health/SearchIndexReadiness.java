package org.sanling.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once this node's search index is current and warm: a node just started (or restarted after a crash) takes
 * no traffic from the balancer while its index still misses what the other node wrote, or while its first search
 * would still be loading the Chinese word dictionaries.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(StartupSteps.SEARCH_INDEX).status(StartupSteps.isDone(StartupSteps.SEARCH_INDEX)).build();
    }
}
