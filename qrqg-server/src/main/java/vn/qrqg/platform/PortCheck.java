package vn.qrqg.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * {@code bin/qrqg serve}'s first step: is the port free? Asked as soon as the settings are read,
 * before the database starts or the operator's secret is printed, so that a second platform on a
 * busy port stops at once and says which port, instead of failing after a minute of start-up
 * (with a new admin secret already printed, and lost). The web server binds the port later, so a
 * program that takes it in between still fails the start there.
 */
public final class PortCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The port an HTTP server would need is taken. */
    public static final class PortBusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int port;

        PortBusyException(int port, IOException cause) {
            super("Port " + port + " is busy: another program (another platform?) listens on it.", cause);
            this.port = port;
        }

        public int port() {
            return port;
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        requireFree(environment.getProperty("server.address"), environment.getProperty("server.port", Integer.class, 8080));
    }

    /**
     * @param address where the server will listen; {@code null}: every address
     * @param port 0 (any free one, as tests use) is always free
     * @throws PortBusyException when nothing may listen there now
     */
    static void requireFree(String address, int port) {
        if (port <= 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Tomcat binds: a port in TIME_WAIT is free
            socket.bind(address == null || address.isBlank() ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new PortBusyException(port, e);
        }
    }
}
