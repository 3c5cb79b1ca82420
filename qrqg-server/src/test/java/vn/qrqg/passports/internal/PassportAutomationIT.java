package vn.qrqg.passports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.HealthRecords;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.passports.HolderPassports;
import vn.qrqg.passports.PassportStatus;
import vn.qrqg.passports.PassportTestSupport;
import vn.qrqg.passports.PassportsProperties;

/**
 * The development settings: with both on, a request comes back issued at once, each step kept
 * with the operators' actions as automatic. The platform under test runs with both off (the
 * default), so the request is made through the same service built with them on.
 */
class PassportAutomationIT extends PassportTestSupport {
    @Autowired PassportRepository repository;
    @Autowired PassportKeys keys;
    @Autowired PassportSteps steps;
    @Autowired IssuedQrs issuedQrs;
    @Autowired PopulationRegistry registry;
    @Autowired HealthRecords records;
    @Autowired AuditTrail audit;
    @Autowired HolderTokens holderTokens;
    @Autowired Clock clock;
    @Autowired PassportsProperties properties;
    @Autowired JdbcClient jdbc;

    @Test
    void withBothSettingsOnARequestComesBackIssuedAtOnceAndTheStepsAreAuditedAsAutomatic() throws Exception {
        String site = newSite();
        Traveller traveller = traveller("Bùi Thị Thu", 1994);
        dose(traveller.person(), "2021-09-01", 1, "EU/1/20/1525", site);
        CitizenPassports automatic = new CitizenPassports(repository, keys, steps, issuedQrs, registry, records, audit,
                new PassportsProperties(true, true, "Ministry of Health of Viet Nam", Duration.ofDays(30),
                        Duration.ofDays(30), properties.signers()), new PassportPdf(), clock);

        HolderPassports.OwnPassport passport = automatic.request(holder(traveller), new Qid(traveller.qid()));

        assertThat(passport.status()).isEqualTo(PassportStatus.ISSUED);
        assertThat(own(traveller, passport.id().toString()).path("hc1").asString()).startsWith("HC1:");
        List<String> actions = jdbc.sql("select summary from audit_admin_action where :id = any(subjects)")
                .param("id", passport.id().toString()).query(String.class).list();
        // the audit hears the events after their commit, off the caller's thread
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (actions.size() < 2 && System.nanoTime() < until) {
            Thread.sleep(100);
            actions = jdbc.sql("select summary from audit_admin_action where :id = any(subjects)")
                    .param("id", passport.id().toString()).query(String.class).list();
        }
        assertThat(actions).containsExactlyInAnyOrder(
                "site APPROVE (automatic, a development setting) at " + site,
                "signature SIGN (automatic, a development setting) at " + site);
    }

    private Holder holder(Traveller traveller) {
        CallingClient client = new CallingClient(java.util.UUID.fromString(traveller.held().appId()),
                traveller.held().clientId(), java.util.Set.of("qr:issue"));
        return holderTokens.verify(client, traveller.holderToken());
    }
}
