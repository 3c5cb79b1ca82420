package vn.qrqg.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How to sign in to PostgreSQL as one role. Its {@link #toString} never shows the password.
 *
 * @param url a {@code jdbc:postgresql:} URL
 * @param user the role; blank for the driver's default (the OS user)
 * @param password blank when the server asks for none
 */
public record DatabaseLogin(String url, String user, String password) {

    /** A new connection, outside any pool. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user == null ? "" : user, password == null ? "" : password);
    }

    /** A new connection, outside any pool, that {@code pg_stat_activity} shows as {@code applicationName}. */
    public Connection connect(String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? "" : user);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public String toString() {
        return user + " at " + url;
    }
}
