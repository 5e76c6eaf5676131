package org.sanling.it.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the portal once for the whole run instead of once per test class (issue #17): every test class
 * declares the same deployment, {@link Portal#SHARED}; the first one deploys it, the others find it
 * deployed, and it is undeployed only when the server stops. A class that deploys a portal of its own
 * (CrashRecoveryIT, which undeploys and redeploys it) first has the shared one taken away; the next class
 * that needs it deploys it again. Registered in META-INF/services for Arquillian's loader.
 */
public final class OnePortalDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Arquillian's observer; runs inside the deployment's context (lower precedence than the context handler). */
    public static final class Keeper {

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        private DeployableContainer<?> container;
        private Archive<?> deployed;
        private ProtocolMetaData deployedMetaData;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            Deployment wanted = context.getEvent().getDeployment();
            if (isShared(wanted) && deployed != null) {
                // What Arquillian's own deploy would have left in this class's context, for the test to use.
                description.set(wanted.getDescription());
                deployment.set(wanted);
                protocolMetaData.set(deployedMetaData);
                wanted.deployed();
                return;
            }
            if (deployed != null && wanted.getDescription().isArchiveDeployment()
                    && archive(wanted).getName().equals(deployed.getName())) {
                undeployShared();
            }
            context.proceed();
            if (isShared(wanted) && wanted.isDeployed()) {
                container = context.getEvent().getDeployableContainer();
                deployed = archive(wanted);
                deployedMetaData = protocolMetaData.get();
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            if (!isShared(context.getEvent().getDeployment())) {
                context.proceed();
            }
        }

        public void stop(@Observes BeforeStop event) throws Exception {
            if (deployed != null) {
                undeployShared();
            }
        }

        private void undeployShared() throws Exception {
            container.undeploy(deployed);
            deployed = null;
            deployedMetaData = null;
        }

        private static boolean isShared(Deployment deployment) {
            return Portal.SHARED.equals(deployment.getDescription().getName());
        }

        private static Archive<?> archive(Deployment deployment) {
            DeploymentDescription description = deployment.getDescription();
            return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
        }
    }
}
