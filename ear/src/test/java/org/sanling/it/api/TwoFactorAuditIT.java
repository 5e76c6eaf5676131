package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;
import org.sanling.it.support.Totp;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanling.audit.AuditEntry;
import org.sanling.audit.AuditService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Inside the server: the audit trail of two-factor login, wrong codes included (their requests answer an
 * error and roll back; the record of them must stay), with nothing of the secret in it.
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorAuditIT {

    private static final String PASSWORD = "Passw0rd!";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Inject
    private AuditService audit;

    @Test
    void enrolmentWrongCodesRecoveryTurningOffAndResetAreAudited() {
        String username = Portal.uniqueUsername("mfa");
        assertEquals(201, ApiClient.fromNewAddress().post("/api/v1/register", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("displayName", "审计两步")
                .add("phone", "13912345678").add("areaCode", "410702001001").build()).status());
        ApiClient me = ApiClient.as(username, PASSWORD);

        String secret = me.post("/api/v1/me/mfa", Json.createObjectBuilder().build()).json().getString("secret");
        long step = Totp.currentStep();
        assertEquals(400, me.put("/api/v1/me/mfa", code(Totp.wrongCode(secret, step))).status());
        var confirmed = me.put("/api/v1/me/mfa", code(Totp.code(secret, step))).json();
        assertEquals(401, token(username, Totp.wrongCode(secret, Totp.stepAfter(step))).status());
        String recoveryCode = confirmed.getJsonArray("recoveryCodes").getString(0);
        assertEquals(200, token(username, recoveryCode).status());
        assertEquals(204, me.delete("/api/v1/me/mfa", code(Totp.code(secret, Totp.stepAfter(step)))).status());

        String secondSecret = me.post("/api/v1/me/mfa", Json.createObjectBuilder().build()).json().getString("secret");
        assertEquals(200, me.put("/api/v1/me/mfa", code(Totp.code(secondSecret, Totp.currentStep()))).status());
        assertEquals(204, ApiClient.asDemo("admin").delete("/api/v1/accounts/" + username + "/mfa").status());

        List<AuditEntry> history = audit.history("account", username);
        List<String> oldestFirst = new ArrayList<>(history.stream().map(AuditEntry::getAction).toList());
        Collections.reverse(oldestFirst);
        assertEquals(List.of("ACCOUNT_REGISTERED", "MFA_ENROLMENT_STARTED", "MFA_CODE_FAILED", "MFA_ENABLED",
                        "MFA_CODE_FAILED", "MFA_RECOVERY_CODE_USED", "MFA_DISABLED", "MFA_ENROLMENT_STARTED", "MFA_ENABLED",
                        "MFA_RESET"),
                oldestFirst);
        assertEquals(List.of("LOGIN", "CONFIRM"), history.stream().filter(e -> e.getAction().equals("MFA_CODE_FAILED"))
                .map(AuditEntry::getDetail).toList());
        assertEquals("admin", history.get(0).getActor());
        history.forEach(e -> {
            String detail = String.valueOf(e.getDetail());
            assertFalse(detail.contains(secret) || detail.contains(secondSecret) || detail.contains(recoveryCode), detail);
        });
    }

    private static ApiClient.Reply token(String username, String otp) {
        return ApiClient.anonymous().post("/api/v1/auth/token", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("otp", otp).build());
    }

    private static JsonObject code(String code) {
        return Json.createObjectBuilder().add("code", code).build();
    }
}
