package org.sanling.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import org.sanling.area.AreaScope;

/**
 * The logged-in person of the current request, loaded once per request. Services ask it for the
 * {@link Caller} whose roles and home area decide what they may see and do.
 */
@RequestScoped
public class CurrentCaller implements AreaScope {

    @Inject
    private SecurityContext security;

    @PersistenceContext
    private EntityManager em;

    private Caller caller;

    /**
     * The caller.
     *
     * @throws NotLoggedInException if nobody is logged in, or the account no longer exists
     */
    public Caller get() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new NotLoggedInException();
            }
            caller = em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", principal.getName())
                    .getResultStream()
                    .findFirst()
                    .map(Caller::of)
                    .orElseThrow(NotLoggedInException::new);
        }
        return caller;
    }

    @Override
    public boolean canBrowse(String areaPath) {
        return get().canBrowse(areaPath);
    }

    @Override
    public String homeAreaCode() {
        return get().homeAreaCode();
    }

    @Override
    public boolean governs(String areaPath) {
        return get().governs(areaPath);
    }
}
