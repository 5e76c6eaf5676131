package org.sanling.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingLoginTest {

    private static final Instant START = Instant.parse("2026-12-06T08:00:00Z");
    private static final SessionIdentity LEADER = new SessionIdentity("street-leader-a", 1);

    private final Map<String, Object> attributes = new HashMap<>();
    private int sessionIds = 1;
    private final HttpServletRequest request = request();

    @Test
    void aLoginWaitsFiveMinutesForItsCodeInASessionOfANewId() {
        attributes.put(SessionIdentity.ATTRIBUTE, new SessionIdentity("someone-else", 1));
        PendingLogin.start(request, LEADER, START);
        assertEquals(2, sessionIds, "a new session id");
        assertFalse(attributes.containsKey(SessionIdentity.ATTRIBUTE), "the session's earlier login ended");

        assertEquals(LEADER, PendingLogin.current(request, START.plusSeconds(299)).orElseThrow().identity());
        assertTrue(PendingLogin.current(request, START.plusSeconds(300)).isEmpty());
        assertTrue(PendingLogin.current(request, START).isEmpty(), "gone once expired");
    }

    @Test
    void theFifthWrongCodeEndsTheWaitingLogin() {
        PendingLogin.start(request, LEADER, START);
        for (int wrong = 1; wrong < PendingLogin.MAX_WRONG_CODES; wrong++) {
            PendingLogin.current(request, START).orElseThrow().wrongCode(request);
            assertEquals(wrong, PendingLogin.current(request, START).orElseThrow().wrongCodes());
        }
        PendingLogin.current(request, START).orElseThrow().wrongCode(request);
        assertTrue(PendingLogin.current(request, START).isEmpty());
    }

    @Test
    void cancellingForgetsIt() {
        PendingLogin.start(request, LEADER, START);
        PendingLogin.cancel(request);
        assertTrue(PendingLogin.current(request, START).isEmpty());
    }

    /** A request with one session, holding {@link #attributes}: only what PendingLogin uses. */
    private HttpServletRequest request() {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> session;
                    case "changeSessionId" -> String.valueOf(++sessionIds);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
