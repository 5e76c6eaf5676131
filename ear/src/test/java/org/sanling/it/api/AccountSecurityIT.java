package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.LoginSession;
import org.sanling.it.support.Portal;
import org.sanling.it.support.Volunteers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who gets in: logins and codes throttled per client and account (never locked), sessions and tokens
 * that follow the account (roles, disabling, password changes), one-time reset codes, common passwords
 * refused. Clients are told apart by their loopback address ({@link ApiClient#from}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    private static final String NEW_PASSWORD = "Xin-mima-2026";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void fortyWrongPasswordsFromOneClientAreSlowedWhileTheOwnerStillLogsInFromTheirUsualClient() {
        String owner = Volunteers.registerOne("owner", "林小梅");
        ApiClient usual = ApiClient.fromNewAddress();
        usual.login(owner, Volunteers.PASSWORD);

        ApiClient attacker = ApiClient.fromNewAddress();
        List<ApiClient.Reply> replies = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long start = System.nanoTime();
            replies.add(token(attacker, owner, "Wrong-guess" + i));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(401, replies.get(i).status(), "guess " + i);
        }
        for (int i = 5; i < 40; i++) {
            var reply = replies.get(i);
            assertEquals(429, reply.status(), "guess " + i + ": " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertTrue(Long.parseLong(reply.header("Retry-After")) > 0, reply.header("Retry-After"));
            assertTrue(reply.json().getString("detail").startsWith("尝试次数过多"), reply.body());
        }
        double checked = millis.subList(0, 5).stream().mapToLong(Long::longValue).average().orElseThrow();
        double throttled = millis.subList(5, 40).stream().mapToLong(Long::longValue).average().orElseThrow();
        assertTrue(throttled < checked, "a refused guess costs no password hash: " + throttled + " ms against " + checked + " ms");

        assertEquals(200, token(usual, owner, Volunteers.PASSWORD).status(), "the owner's usual client still gets in");
        assertEquals(429, token(attacker, owner, Volunteers.PASSWORD).status(), "the attacker is slowed even with the password");
        var stranger = token(ApiClient.fromNewAddress().inLanguage("en"), owner, Volunteers.PASSWORD);
        assertEquals(429, stranger.status(), "a client new to the account waits while the account is hammered");
        assertTrue(stranger.json().getString("detail").startsWith("Too many attempts"), stranger.body());
    }

    @Test
    void theLoginPageSaysHowLongToWait() {
        String username = Volunteers.registerOne("page", "何小溪");
        for (int i = 0; i < 5; i++) {
            assertTrue(LoginSession.failedLoginPage(username, "Wrong-guess" + i).contains("用户名或密码错误。"), "attempt " + i);
        }
        String page = LoginSession.failedLoginPage(username, Volunteers.PASSWORD);
        assertTrue(page.matches("(?s).*尝试次数过多，请在 1?[0-9] 秒后再试。.*"), "the page says how long to wait");
    }

    @Test
    void unknownAndExistingAccountsGetTheSameAnswers() {
        String existing = Volunteers.registerOne("known", "周小林");
        String unknown = Portal.uniqueUsername("nobody");
        ApiClient one = ApiClient.fromNewAddress();
        ApiClient other = ApiClient.fromNewAddress();
        for (int i = 0; i < 6; i++) {
            var known = token(one, existing, "Wrong-guess" + i);
            var nobody = token(other, unknown, "Wrong-guess" + i);
            assertEquals(i < 5 ? 401 : 429, known.status(), "attempt " + i);
            assertEquals(known.status(), nobody.status(), "attempt " + i);
            // The seconds to wait are counted from each one's first failure, a few milliseconds apart.
            assertEquals(known.body().replaceAll("\\d+", "N"), nobody.body().replaceAll("\\d+", "N"), "attempt " + i);
            if (i == 5) {
                long wait = Long.parseLong(known.header("Retry-After"));
                assertTrue(Math.abs(wait - Long.parseLong(nobody.header("Retry-After"))) <= 1, "attempt " + i);
            }
        }
    }

    @Test
    void guessingACheckInCodeIsSlowed() throws Exception {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient volunteer = ApiClient.fromNewAddress().login(Volunteers.registerOne("guess", "吴小波"), Volunteers.PASSWORD);
        var campaign = Volunteers.published(leader, Volunteers.campaign("整理阅览室", 2, Duration.ofHours(2),
                Instant.now().plus(Duration.ofMinutes(20))));
        String code = campaign.getJsonArray("shifts").getJsonObject(0).getString("checkCode");
        String signup = Volunteers.signUp(volunteer, Volunteers.firstShift(campaign), UUID.randomUUID()).json().getString("id");
        String checkIn = "/api/v1/signups/" + signup + "/check-in";

        for (int i = 0; i < 5; i++) {
            var wrong = volunteer.post(checkIn, Json.createObjectBuilder().add("code", otherThan(code, i)).build());
            assertEquals(400, wrong.status(), wrong.body());
        }
        var slowed = volunteer.post(checkIn, Json.createObjectBuilder().add("code", otherThan(code, 5)).build());
        assertEquals(429, slowed.status(), slowed.body());
        long wait = Long.parseLong(slowed.header("Retry-After"));
        assertTrue(wait > 0 && wait <= 12, "one more guess every 12 seconds: " + wait);
        assertEquals(429, volunteer.post(checkIn, Json.createObjectBuilder().add("code", code).build()).status());

        Thread.sleep(wait * 1000);
        var in = volunteer.post(checkIn, Json.createObjectBuilder().add("code", code).build());
        assertEquals(200, in.status(), "after the wait the right code works: " + in.body());
    }

    @Test
    void registrationsFromOneClientAreLimitedAndCommonPasswordsRefused() {
        ApiClient phone = ApiClient.fromNewAddress();
        var common = register(phone, Portal.uniqueUsername("vol"), "Password123");
        assertEquals(400, common.status(), common.body());
        assertEquals("这个密码太常见，很容易被猜到，请换一个。", common.fieldError("password"));
        for (int i = 1; i < 10; i++) {
            assertEquals(400, register(phone, "Bad Name", "short").status(), "attempt " + i);
        }
        var limited = register(phone, Portal.uniqueUsername("vol"), Volunteers.PASSWORD);
        assertEquals(429, limited.status(), limited.body());
        assertNotNull(limited.header("Retry-After"));
        assertEquals(201, register(ApiClient.fromNewAddress(), Portal.uniqueUsername("vol"), Volunteers.PASSWORD).status(),
                "another client registers");
    }

    @Test
    void removingARoleTakesEffectOnTheNextRequestOfASessionAndAToken() {
        ApiClient admin = ApiClient.asDemo("admin");
        String username = Portal.uniqueUsername("ldr");
        var appointed = admin.post("/api/v1/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", Volunteers.PASSWORD).add("displayName", "郑领导").add("areaCode", "410702001")
                .add("roles", Json.createArrayBuilder().add("LEADER")).build());
        assertEquals(201, appointed.status(), appointed.body());
        LoginSession session = LoginSession.logIn(username, Volunteers.PASSWORD);
        ApiClient token = ApiClient.as(username, Volunteers.PASSWORD);
        assertEquals(200, session.status("/api/v1/accounts"));
        assertEquals(200, token.get("/api/v1/accounts").status());

        var changed = admin.put("/api/v1/accounts/" + username, Json.createObjectBuilder().add("displayName", "郑领导")
                .add("areaCode", "410702001001").add("roles", Json.createArrayBuilder().add("VOLUNTEER")).build());
        assertEquals(200, changed.status(), changed.body());

        assertEquals(403, session.status("/api/v1/accounts"), "the session no longer leads");
        assertEquals(403, token.get("/api/v1/accounts").status(), "the token no longer leads");
        JsonObject me = token.get("/api/v1/me").json();
        assertEquals(List.of("VOLUNTEER"), me.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals("410702001001", me.getString("areaCode"));
        assertTrue(session.get("/api/v1/me").body().contains("\"410702001001\""), "the session's home area follows too");
    }

    @Test
    void disablingEndsSessionsAndTokensAtOnceAndEnablingLetsThePersonLogInAgain() {
        String username = Volunteers.registerOne("off", "钱小溪");
        LoginSession session = LoginSession.logIn(username, Volunteers.PASSWORD);
        ApiClient token = ApiClient.as(username, Volunteers.PASSWORD);
        assertEquals(200, session.status("/api/v1/me"));
        ApiClient leader = ApiClient.asDemo("street-leader-a");

        var disabled = leader.post("/api/v1/accounts/" + username + "/disable", Json.createObjectBuilder().build());
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(false, disabled.json().getBoolean("enabled"));
        assertEquals(401, session.status("/api/v1/me"), "the session ended");
        assertEquals(401, token.get("/api/v1/me").status(), "the token stopped working");
        ApiClient client = ApiClient.fromNewAddress();
        var refused = token(client, username, Volunteers.PASSWORD);
        assertEquals(401, refused.status(), "a disabled account cannot log in, and is not told apart from a wrong password");
        assertEquals(token(client, Portal.uniqueUsername("nobody"), Volunteers.PASSWORD).body(), refused.body());
        var listed = leader.get("/api/v1/accounts?disabled=true&q=" + username).json();
        assertEquals(1, listed.getInt("total"), listed.toString());

        assertEquals(403, ApiClient.asDemo("street-leader-b").post("/api/v1/accounts/" + username + "/enable",
                Json.createObjectBuilder().build()).status(), "a leader of another street may not");
        assertEquals(403, leader.post("/api/v1/accounts/district-leader/disable", Json.createObjectBuilder().build()).status(),
                "a street leader may not disable a leader");
        assertEquals(409, ApiClient.asDemo("admin").post("/api/v1/accounts/admin/disable", Json.createObjectBuilder().build()).status(),
                "nobody disables their own account");

        assertEquals(200, leader.post("/api/v1/accounts/" + username + "/enable", Json.createObjectBuilder().build()).status());
        assertEquals(200, token(client, username, Volunteers.PASSWORD).status(), "enabled again, the person logs in");
        assertEquals(401, token.get("/api/v1/me").status(), "tokens from before the disabling stay ended");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndTokensButNotTheCurrentOne() {
        String username = Volunteers.registerOne("pwd", "孙小满");
        ApiClient current = ApiClient.as(username, Volunteers.PASSWORD);
        ApiClient other = ApiClient.as(username, Volunteers.PASSWORD);
        LoginSession session = LoginSession.logIn(username, Volunteers.PASSWORD);

        var common = current.put("/api/v1/me/password", Json.createObjectBuilder().add("currentPassword", Volunteers.PASSWORD)
                .add("newPassword", "Qwerty123").build());
        assertEquals(400, common.status(), common.body());
        assertEquals("这个密码太常见，很容易被猜到，请换一个。", common.fieldError("newPassword"));
        var wrong = current.put("/api/v1/me/password", Json.createObjectBuilder().add("currentPassword", "Not-my-password1")
                .add("newPassword", NEW_PASSWORD).build());
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(200, other.get("/api/v1/me").status(), "failed changes end nothing");

        var changed = current.put("/api/v1/me/password", Json.createObjectBuilder().add("currentPassword", Volunteers.PASSWORD)
                .add("newPassword", NEW_PASSWORD).build());
        assertEquals(204, changed.status(), changed.body());
        assertEquals(200, current.get("/api/v1/me").status(), "the token that changed it goes on");
        assertEquals(401, other.get("/api/v1/me").status(), "another token ended");
        assertEquals(401, session.status("/api/v1/me"), "the login session ended");
        ApiClient client = ApiClient.fromNewAddress();
        assertEquals(401, token(client, username, Volunteers.PASSWORD).status());
        assertEquals(200, token(client, username, NEW_PASSWORD).status());
    }

    @Test
    void aResetCodeSetsANewPasswordOnce() {
        String username = Volunteers.registerOne("forgot", "冯小云");
        ApiClient before = ApiClient.as(username, Volunteers.PASSWORD);
        assertEquals(403, ApiClient.asDemo("street-leader-b").post("/api/v1/accounts/" + username + "/reset-code",
                Json.createObjectBuilder().build()).status(), "a leader of another street may not");
        var issued = ApiClient.asDemo("street-leader-a").post("/api/v1/accounts/" + username + "/reset-code",
                Json.createObjectBuilder().build());
        assertEquals(201, issued.status(), issued.body());
        String code = issued.json().getString("code");
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);

        ApiClient phone = ApiClient.fromNewAddress();
        var wrong = reset(phone, username, "AAAA-AAAA-AAAA", NEW_PASSWORD);
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("重置码无效或已过期，请向管理员重新索取。", wrong.fieldError("code"));
        assertEquals(204, reset(phone, username, code.toLowerCase().replace("-", " "), NEW_PASSWORD).status(),
                "case, spaces and dashes do not matter");
        assertEquals(401, before.get("/api/v1/me").status(), "tokens from before the reset ended");
        assertEquals(200, token(phone, username, NEW_PASSWORD).status());
        assertEquals(400, reset(phone, username, code, "Noch-ein-2026").status(), "the code works once");
        assertEquals(200, token(phone, username, NEW_PASSWORD).status());
    }

    private static String otherThan(String code, int i) {
        String guess = String.format("%06d", 100_000 + i * 7);
        return guess.equals(code) ? String.format("%06d", 900_000 + i) : guess;
    }

    private static ApiClient.Reply token(ApiClient client, String username, String password) {
        return client.post("/api/v1/auth/token", Json.createObjectBuilder().add("username", username).add("password", password).build());
    }

    private static ApiClient.Reply register(ApiClient client, String username, String password) {
        return client.post("/api/v1/register", Json.createObjectBuilder().add("username", username).add("password", password)
                .add("displayName", "测试").add("phone", "13912345678").add("areaCode", Volunteers.COMMUNITY).build());
    }

    private static ApiClient.Reply reset(ApiClient client, String username, String code, String newPassword) {
        return client.post("/api/v1/auth/password-reset", Json.createObjectBuilder().add("username", username).add("code", code)
                .add("newPassword", newPassword).build());
    }
}
