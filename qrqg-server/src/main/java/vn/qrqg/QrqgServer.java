package vn.qrqg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.qrqg.platform.PortCheck;
import vn.qrqg.platform.ServeArguments;
import vn.qrqg.platform.StartBanner;

/** The national personal-QR platform: {@code bin/qrqg serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QrqgServer {

    public static void main(String[] args) {
        String[] spring;
        try {
            spring = ServeArguments.toSpring(args);
        } catch (IllegalArgumentException e) {
            System.err.println("qrqg serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        SpringApplication application = new SpringApplication(QrqgServer.class);
        // here, not as beans: the tests' contexts listen on random ports and print nothing
        application.addListeners(new PortCheck(), new StartBanner(System.out));
        application.run(spring);
    }
}
