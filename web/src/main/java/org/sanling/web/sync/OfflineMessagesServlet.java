package org.sanling.web.sync;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /offline/messages.js}: the offline pages' texts in both languages (see {@link OfflineMessages}). */
@WebServlet(OfflineMessagesServlet.PATH)
public class OfflineMessagesServlet extends HttpServlet {

    static final String PATH = "/offline/messages.js";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(OfflineMessages.script());
    }
}
