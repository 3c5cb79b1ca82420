package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseBusyTest {

    @Test
    void noConnectionInTimeIsBusyToBeTriedAgainNotAnInternalError() throws Exception {
        // as the token check fails when every connection is taken: the pool's timeout, wrapped twice
        MockHttpServletResponse response = filtered((request, answer) -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("qrqg - Connection is not available, request timed out"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("https://qrqg.vn/problems/busy")
                .contains("could not reach its database in time").doesNotContain("JDBC", "qrqg - Connection");
    }

    @Test
    void anyOtherFailureGoesOnToBeAnsweredAsItWas() {
        assertThatThrownBy(() -> filtered((request, answer) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> filtered((request, answer) -> {
            throw new ServletException("wrapped", new IllegalArgumentException("another"));
        })).isInstanceOf(ServletException.class);
    }

    @Test
    void findsTheTimeoutWhereverItIsInTheCauses() {
        assertThat(DatabaseBusy.causedBy(new RuntimeException(new CannotGetJdbcConnectionException("no connection")))).isTrue();
        assertThat(DatabaseBusy.causedBy(new ServletException(new SQLTransientConnectionException("timed out")))).isTrue();
        assertThat(DatabaseBusy.causedBy(new RuntimeException(new IllegalStateException()))).isFalse();
    }

    private static MockHttpServletResponse filtered(FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DatabaseBusy().databaseBusyFilter().getFilter().doFilter(new MockHttpServletRequest("GET", "/api/v1/x"),
                response, chain);
        return response;
    }
}
