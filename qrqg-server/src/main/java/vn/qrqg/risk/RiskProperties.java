package vn.qrqg.risk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Risk map settings ({@code qrqg.risk}, docs/risk.md), changed by configuration without a release.
 *
 * @param computeEvery how often each instance assesses today again (and yesterday once more after
 *        midnight, so that its week is whole); the first run comes a minute after the start
 * @param cacheFor how long an instance serves a public answer from memory: a change through
 *        another instance shows here within this time (through this one, at once)
 * @param smallCount counts under it are shown as "&lt; n", so that no one is identified
 */
@ConfigurationProperties("qrqg.risk")
public record RiskProperties(@DefaultValue("1h") Duration computeEvery, @DefaultValue("30s") Duration cacheFor,
        @DefaultValue("5") int smallCount) {

    public RiskProperties {
        if (computeEvery.isNegative() || computeEvery.isZero()) {
            throw new IllegalArgumentException("qrqg.risk.compute-every must be positive, not " + computeEvery);
        }
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("qrqg.risk.cache-for must not be negative, not " + cacheFor);
        }
        if (smallCount < 1) {
            throw new IllegalArgumentException("qrqg.risk.small-count must be 1 or more, not " + smallCount);
        }
    }
}
