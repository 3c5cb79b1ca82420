package vn.qrqg.platform;

import java.io.PrintStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The line {@code bin/qrqg serve} ends its start with: the URL to open, on the console (not only
 * in the log, where it would scroll by among a hundred lines).
 */
public final class StartBanner implements ApplicationListener<ApplicationReadyEvent> {
    private final PrintStream console;

    public StartBanner(PrintStream console) {
        this.console = console;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        console.println(text(event.getApplicationContext().getEnvironment()));
        console.flush();
    }

    static String text(Environment environment) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String address = environment.getProperty("server.address");
        String host = address == null || address.isBlank() || "0.0.0.0".equals(address) ? "localhost" : address;
        String url = "http://" + host + ":" + port + "/";
        return "\nQRQG is running. Open " + url + " (citizens; " + url + "scanner.html, " + url
                + "venue.html, " + url + "admin.html). Ctrl+C stops it.\nThis instance: "
                + environment.getProperty(InstanceId.PROPERTY, "(unnamed)") + " (QRQG_INSTANCE_ID)\n";
    }
}
