package vn.qrqg.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

    @Override
    public String toString() {
        return user + " at " + url;
    }
}
