package vn.qrqg.passports.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.qrqg.passports.PassportsProperties;

/** Says loudly, at the start, when a development setting decides passport requests without an official. */
@Component
class PassportSettingsWarning {
    private static final Logger LOG = LoggerFactory.getLogger(PassportSettingsWarning.class);

    private final PassportsProperties properties;

    PassportSettingsWarning(PassportsProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        if (properties.autoApproveSite()) {
            LOG.warn("QRQG_PASSPORTS_AUTO_APPROVE_SITE is on: every vaccine passport request is approved for its "
                    + "vaccination site at once, without the site checking the records. For development only.");
        }
        if (properties.autoSign()) {
            LOG.warn("QRQG_PASSPORTS_AUTO_SIGN is on: every vaccine passport request its site approved is signed at "
                    + "once, without the department. For development only.");
        }
    }
}
