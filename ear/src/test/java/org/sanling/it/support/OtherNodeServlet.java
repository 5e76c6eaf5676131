package org.sanling.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * For {@link CrashRecoveryIT} only, deployed beside the portal: changes a submission's title and writes
 * its outbox row, twice, in one transaction on the portal's database, as a service on another node
 * would; this node's index sees none of it until the outbox is applied.
 */
@WebServlet("/rename")
public class OtherNodeServlet extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/SanlingDS")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement rename = connection.prepareStatement("update submission set title = ? where id = ?");
                 PreparedStatement announce = connection.prepareStatement("""
                         insert into search_outbox (seq, entity_type, entity_id, created_at)
                         values (nextval('search_outbox_seq'), 'submission', ?, current_timestamp)""")) {
                rename.setString(1, request.getParameter("title"));
                rename.setLong(2, id);
                if (rename.executeUpdate() != 1) {
                    throw new IOException("no submission " + id);
                }
                announce.setLong(1, id);
                announce.executeUpdate();
                announce.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
