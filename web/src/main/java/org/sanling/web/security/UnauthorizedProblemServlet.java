package org.sanling.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanling.web.i18n.Messages;
import org.sanling.web.problem.Problems;

import java.util.List;
import java.util.Locale;

/**
 * The error page for 401 (web.xml): API clients get a problem document in their language, not the
 * container's HTML. People never see a 401: pages redirect to the login page instead.
 */
@WebServlet(UnauthorizedProblemServlet.PATH)
public class UnauthorizedProblemServlet extends HttpServlet {

    static final String PATH = "/problem/unauthorized";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Problems.locale(request);
        Problems.send(response, Problems.body(401, locale, Messages.text(locale, "error.notLoggedIn"), List.of()));
    }
}
