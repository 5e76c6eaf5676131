package org.sanling.dispute;

import org.sanling.account.Account;
import org.sanling.account.Caller;
import org.sanling.account.Qualification;

/**
 * The caller as the disputes register sees them: their roles and home area, and whether they are one of the
 * legal-aid feature's lawyers or mediators (an account qualified as {@link Qualification#LAWYER} or
 * {@link Qualification#MEDIATOR}), who mediate disputes of their street whatever their role.
 */
public record DisputeCaller(Caller caller, boolean mediates) {

    public static DisputeCaller of(Account account) {
        return new DisputeCaller(Caller.of(account), mediates(account));
    }

    /** Whether the account is qualified to mediate: a lawyer or a mediator. */
    static boolean mediates(Account account) {
        return account.isQualifiedAs(Qualification.MEDIATOR) || account.isQualifiedAs(Qualification.LAWYER);
    }

    public String username() {
        return caller.username();
    }
}
