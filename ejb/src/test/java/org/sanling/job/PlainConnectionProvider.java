package org.sanling.job;

import org.quartz.utils.ConnectionProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A node's database connections outside a server: a new plain JDBC connection each time (Quartz closes it). */
public class PlainConnectionProvider implements ConnectionProvider {

    private String url;
    private String user;
    private String password;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void shutdown() {
        // nothing pooled
    }

    @Override
    public void initialize() {
        // connections are made on demand
    }
}
