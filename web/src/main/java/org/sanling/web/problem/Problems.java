package org.sanling.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.sanling.web.i18n.FieldError;
import org.sanling.web.i18n.Messages;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Builds problem documents ({@code application/problem+json}) with texts in the caller's language. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String API_PATH = "/api/";

    private static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    /**
     * A problem whose title is the text of {@code problem.<status>} and whose detail is the given text
     * (the title again if there is none).
     */
    public static ProblemBody body(int status, Locale locale, String detail, List<FieldError> errors) {
        String title = Messages.text(locale, "problem." + status);
        return new ProblemBody("about:blank", title, status, detail == null ? title : detail, errors);
    }

    public static Response response(ProblemBody body) {
        return Response.status(body.status()).type(MEDIA_TYPE + ";charset=UTF-8").entity(body).build();
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    /** The caller's language, from Accept-Language; Chinese without one (not the server's locale). */
    public static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Messages.CHINESE
                : Messages.preferred(Collections.list(request.getLocales()));
    }

    /** Writes a problem document to a servlet response. */
    public static void send(HttpServletResponse response, ProblemBody body) {
        try {
            response.setStatus(body.status());
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(body));
        } catch (IOException e) {
            throw new IllegalStateException("could not write a problem response", e);
        }
    }
}
