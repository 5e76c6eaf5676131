package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.MfaRequirement;
import org.sanling.it.support.Portal;
import org.sanling.it.support.Totp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-factor login over the API (docs/api.md, "Auth and the caller"): enrolment, confirmation, the token with
 * and without a code, replay, recovery codes, turning it off, an admin's reset, and leaders and admins who must enrol.
 * Codes come from the same TOTP library the portal uses ({@link Totp}), as an authenticator app's would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorIT {

    private static final String PASSWORD = "Passw0rd!";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Deployment(name = MfaRequirement.DEPLOYMENT, testable = false)
    static WebArchive requirement() {
        return MfaRequirement.setter();
    }

    @Test
    void enrolConfirmLogInWithACodeOnceUseARecoveryCodeOnceAndAnAdminResets() {
        String username = registerVolunteer();
        ApiClient me = ApiClient.as(username, PASSWORD);

        var started = me.post("/api/v1/me/mfa", Json.createObjectBuilder().build());
        assertEquals(201, started.status(), started.body());
        String secret = started.json().getString("secret");
        URI otpauth = URI.create(started.json().getString("otpauthUri"));
        assertEquals("otpauth", otpauth.getScheme());
        assertEquals("totp", otpauth.getHost());
        assertEquals("/Sanling 三零:" + username, otpauth.getPath());
        assertTrue(query(otpauth).containsAll(List.of("secret=" + secret, "issuer=Sanling 三零", "digits=6", "period=30",
                "algorithm=SHA1")), otpauth.toString());

        long step = Totp.currentStep();
        var wrong = me.put("/api/v1/me/mfa", code(Totp.wrongCode(secret, step)));
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.contentType().startsWith("application/problem+json"), wrong.contentType());
        assertEquals("验证码不正确、已使用或已过期，请输入验证器应用当前显示的 6 位数字。", wrong.fieldError("code"));
        var wrongInEnglish = me.inLanguage("en").put("/api/v1/me/mfa", code(Totp.wrongCode(secret, step)));
        assertTrue(wrongInEnglish.fieldError("code").startsWith("The code is wrong"), wrongInEnglish.body());
        assertEquals(200, token(username, PASSWORD, null).status(), "not on before it is confirmed");

        var confirmed = me.put("/api/v1/me/mfa", code(Totp.code(secret, step)));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertTrue(confirmed.json().getBoolean("enabled"));
        List<String> recoveryCodes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);
        assertEquals(10, recoveryCodes.size());
        assertEquals(10, new HashSet<>(recoveryCodes).size());
        assertEquals(409, me.post("/api/v1/me/mfa", Json.createObjectBuilder().build()).status(), "already on");

        var passwordAlone = token(username, PASSWORD, null);
        assertEquals(401, passwordAlone.status(), passwordAlone.body());
        assertTrue(passwordAlone.json().getBoolean("mfaRequired"), passwordAlone.body());
        assertFalse(passwordAlone.json().containsKey("mfaEnrolmentRequired"), passwordAlone.body());
        assertEquals(401, token(username, "wrong-pass1", Totp.code(secret, step + 1)).status(), "a code does not replace the password");

        String next = Totp.code(secret, Totp.stepAfter(step));
        var withCode = token(username, PASSWORD, next);
        assertEquals(200, withCode.status(), withCode.body());
        assertEquals(username, ApiClient.as(username, PASSWORD, recoveryCodes.get(3)).get("/api/v1/me").json().getString("username"));

        var replayed = token(username, PASSWORD, next);
        assertEquals(401, replayed.status(), "the same step again");
        assertTrue(replayed.json().getBoolean("mfaRequired"));
        assertEquals(401, token(username, PASSWORD, Totp.code(secret, step)).status(), "an earlier step");
        assertEquals(401, token(username, PASSWORD, recoveryCodes.get(3)).status(), "a recovery code used before");
        assertEquals(200, token(username, PASSWORD, recoveryCodes.get(4).toUpperCase().replace("-", " ")).status(),
                "typed in capitals with spaces");

        ApiClient leader = ApiClient.asDemo("district-leader");
        assertEquals(403, leader.delete("/api/v1/accounts/" + username + "/mfa").status(), "admins only");
        assertEquals(404, ApiClient.asDemo("admin").delete("/api/v1/accounts/nobody-" + username + "/mfa").status());
        assertEquals(204, ApiClient.asDemo("admin").delete("/api/v1/accounts/" + username + "/mfa").status());
        assertEquals(200, token(username, PASSWORD, null).status(), "after the reset the password is enough");
        assertFalse(me.get("/api/v1/me/mfa").json().getBoolean("enabled"));
    }

    @Test
    void turningItOffNeedsAValidCode() {
        String username = registerVolunteer();
        ApiClient me = ApiClient.as(username, PASSWORD);
        String secret = me.post("/api/v1/me/mfa", Json.createObjectBuilder().build()).json().getString("secret");
        long step = Totp.currentStep();
        assertEquals(200, me.put("/api/v1/me/mfa", code(Totp.code(secret, step))).status());
        assertTrue(me.get("/api/v1/me/mfa").json().getBoolean("enabled"));

        var wrong = me.inLanguage("en").delete("/api/v1/me/mfa", code(Totp.wrongCode(secret, step + 1)));
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.fieldError("code").startsWith("The code is wrong"), wrong.body());
        assertEquals(400, me.delete("/api/v1/me/mfa", code(Totp.code(secret, step))).status(), "the code the confirmation used");

        String later = Totp.code(secret, Totp.stepAfter(step));
        assertEquals(204, me.delete("/api/v1/me/mfa", code(later)).status());
        assertEquals(200, token(username, PASSWORD, null).status());
        assertEquals(409, me.delete("/api/v1/me/mfa", code(later)).status(), "already off");
    }

    @Test
    void whileRequiredLeadersAndAdminsWithoutItGet403AndOthersLogInWithThePassword() {
        String leader = Portal.uniqueUsername("ldr");
        var appointed = ApiClient.asDemo("admin").post("/api/v1/accounts", Json.createObjectBuilder()
                .add("username", leader).add("password", "Start1234").add("displayName", "新领导")
                .add("phone", "13700000000").add("areaCode", "410702001")
                .add("roles", Json.createArrayBuilder().add("LEADER")).build());
        assertEquals(201, appointed.status(), appointed.body());
        String volunteer = registerVolunteer();

        try (var required = MfaRequirement.on()) {
            for (var account : List.of(List.of(leader, "Start1234"), List.of("admin", Portal.DEMO_PASSWORD))) {
                var refused = token(account.get(0), account.get(1), null);
                assertEquals(403, refused.status(), refused.body());
                assertTrue(refused.json().getBoolean("mfaEnrolmentRequired"), refused.body());
                assertFalse(refused.json().containsKey("mfaRequired"), refused.body());
                assertTrue(refused.json().getString("detail").contains("两步验证"), refused.body());
            }
            assertEquals(401, token(leader, "Wrong1234", null).status(), "a wrong password says nothing of two-factor login");
            assertEquals(200, token(volunteer, PASSWORD, null).status(), "volunteers need not enrol");
        }
        assertEquals(200, token(leader, "Start1234", null).status(), "the deployment's setting again");
    }

    private static String registerVolunteer() {
        String username = Portal.uniqueUsername("mfa");
        var registered = ApiClient.fromNewAddress().post("/api/v1/register", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("displayName", "周两步")
                .add("phone", "13912345678").add("areaCode", "410702001001").build());
        assertEquals(201, registered.status(), registered.body());
        return username;
    }

    private static ApiClient.Reply token(String username, String password, String otp) {
        var body = Json.createObjectBuilder().add("username", username).add("password", password);
        if (otp != null) {
            body.add("otp", otp);
        }
        return ApiClient.anonymous().post("/api/v1/auth/token", body.build());
    }

    private static JsonObject code(String code) {
        return Json.createObjectBuilder().add("code", code).build();
    }

    private static List<String> query(URI uri) {
        return List.of(uri.getRawQuery().split("&")).stream().map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
    }
}
