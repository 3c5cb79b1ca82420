package vn.qrqg.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link InstanceId} bean, said once at start. */
@Configuration(proxyBeanMethods = false)
class InstanceIdConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceIdConfiguration.class);

    @Bean
    InstanceId instanceId(@Value("${" + InstanceId.PROPERTY + "}") String value) {
        InstanceId id = new InstanceId(value.strip());
        LOG.info("This instance is {} (QRQG_INSTANCE_ID): its log lines and metrics say so", id);
        return id;
    }
}
