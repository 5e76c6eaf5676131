package org.sanling.account.mfa;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sanling.audit.AuditService;

/**
 * Audits a wrong two-factor code in a transaction of its own: the request that carried it answers with an
 * error and rolls back, and the record of the attempt must stay.
 */
@Stateless
@PermitAll
public class FailedCodeAudit {

    @Inject
    private AuditService audit;

    /**
     * @param actor    who gave the code (the account's owner, also at login, where nobody is logged in yet)
     * @param username the account whose code it was
     * @param purpose  what the code was for: LOGIN, CONFIRM or DISABLE
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String username, String purpose) {
        audit.recordBy(actor, "MFA_CODE_FAILED", "account", username, purpose);
    }
}
