package org.sanling.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * For {@link MfaRequirement} only, deployed beside the portal: sets the system property that says whether
 * leaders and admins must use two-factor login ({@code sanling.mfa.required}, which the portal reads at
 * every login) in the server's JVM, as an operator would, and answers its previous value.
 */
@WebServlet("/required")
public class MfaRequirementServlet extends HttpServlet {

    public static final String PROPERTY = "sanling.mfa.required";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String previous = System.getProperty(PROPERTY);
        String value = request.getParameter("value");
        if (value == null || value.isEmpty()) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, value);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(previous == null ? "" : previous);
    }
}
