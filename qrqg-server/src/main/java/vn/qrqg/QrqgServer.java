package vn.qrqg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.qrqg.platform.ServeArguments;

/** The national personal-QR platform: {@code bin/qrqg serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QrqgServer {

    public static void main(String[] args) {
        SpringApplication.run(QrqgServer.class, ServeArguments.toSpring(args));
    }
}
