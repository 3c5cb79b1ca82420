package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.qrqg.clients.App;
import vn.qrqg.clients.AppStatus;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.ClientsProperties;
import vn.qrqg.codec.venue.VenueCode;

class AppTokenConverterTest {
    private static final UUID APP_ID = UUID.randomUUID();

    @Test
    void makesTheCallingClientOfACertifiedAppsToken() {
        AppAuthentication authentication = (AppAuthentication) converter(AppStatus.CERTIFIED, List.of("scan:venue"))
                .convert(token("scan:venue"));

        assertThat(authentication.getPrincipal()).isEqualTo(new CallingClient(APP_ID, "app-x", java.util.Set.of("scan:venue")));
        assertThat(authentication.getName()).isEqualTo("app-x");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("SCOPE_scan:venue");
    }

    @Test
    void refusesTheTokenOfASuspendedAppNamingItsStatus() {
        assertThatThrownBy(() -> converter(AppStatus.SUSPENDED, List.of("scan:venue")).convert(token("scan:venue")))
                .isInstanceOf(AppNotCertifiedException.class)
                .hasMessageContaining("suspended");
    }

    @Test
    void refusesTheTokenOfAnAppThatNoLongerExists() {
        AppStatusCache nothing = new AppStatusCache(repository(Optional.empty()), properties());

        assertThatThrownBy(() -> new AppTokenConverter(nothing).convert(token("scan:venue")))
                .isInstanceOf(AppNotCertifiedException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void dropsTheScopesOfTheTokenThatTheAppNoLongerHolds() {
        AppAuthentication authentication = (AppAuthentication) converter(AppStatus.CERTIFIED, List.of("scan:venue"))
                .convert(token("scan:venue scan:police"));

        assertThat(authentication.getPrincipal().scopes()).containsExactly("scan:venue");
    }

    @Test
    void tellsTheVenueOfAStaffScanner() {
        VenueCode venue = VenueCode.generate();
        App app = new App(APP_ID, "Staff scanner", "Venue " + venue, "app-x", List.of("checkin:venue"),
                AppStatus.CERTIFIED, Instant.EPOCH, Instant.EPOCH, venue, List.of());
        AppTokenConverter converter = new AppTokenConverter(
                new AppStatusCache(repository(Optional.of(new StoredApp(app, "{bcrypt}x"))), properties()));

        AppAuthentication authentication = (AppAuthentication) converter.convert(token("checkin:venue"));

        assertThat(authentication.getPrincipal().venueCode()).isEqualTo(venue);
        assertThat(authentication.getPrincipal().scopes()).containsExactly("checkin:venue");
    }

    @Test
    void tellsTheProvincesOfAnAppLimitedToThemAndThatOthersWorkNationwide() {
        App app = new App(APP_ID, "Truy vết TP.HCM", "Sở Y tế", "app-x", List.of("tracing:read"), AppStatus.CERTIFIED,
                Instant.EPOCH, Instant.EPOCH, null, List.of("79"));
        AppTokenConverter converter = new AppTokenConverter(
                new AppStatusCache(repository(Optional.of(new StoredApp(app, "{bcrypt}x"))), properties()));

        CallingClient limited = ((AppAuthentication) converter.convert(token("tracing:read"))).getPrincipal();
        assertThat(limited.nationwide()).isFalse();
        assertThat(limited.covers("79")).isTrue();
        assertThat(limited.covers("01")).isFalse();
        assertThat(limited.covers(null)).isFalse();

        CallingClient nationwide = ((AppAuthentication) converter(AppStatus.CERTIFIED, List.of("tracing:read"))
                .convert(token("tracing:read"))).getPrincipal();
        assertThat(nationwide.nationwide()).isTrue();
        assertThat(nationwide.covers(null)).isTrue();
    }

    @Test
    void otherClientsBelongToNoVenue() {
        AppAuthentication authentication = (AppAuthentication) converter(AppStatus.CERTIFIED, List.of("scan:venue"))
                .convert(token("scan:venue"));
        assertThat(authentication.getPrincipal().venueCode()).isNull();
    }

    @Test
    void readsTheScopeClaimAsAnArrayOrASpaceSeparatedString() {
        Jwt array = Jwt.withTokenValue("t").header("alg", "RS256").subject("a").claim("scope", List.of("a", "b")).build();

        assertThat(AppTokenConverter.tokenScopes(array)).containsExactly("a", "b");
        assertThat(AppTokenConverter.tokenScopes(token(" a  b "))).containsExactly("a", "b");
        assertThat(AppTokenConverter.tokenScopes(Jwt.withTokenValue("t").header("alg", "RS256").subject("a").build())).isEmpty();
    }

    private static AppTokenConverter converter(AppStatus status, List<String> scopes) {
        App app = new App(APP_ID, "PC-COVID", "Bộ TT&TT", "app-x", scopes, status, Instant.EPOCH, Instant.EPOCH);
        return new AppTokenConverter(new AppStatusCache(repository(Optional.of(new StoredApp(app, "{bcrypt}x"))), properties()));
    }

    /** A repository that knows one row, or none; no database. */
    private static AppRepository repository(Optional<StoredApp> row) {
        return new AppRepository(null, null) {
            @Override
            public Optional<StoredApp> findByClientId(String clientId) {
                return row.filter(stored -> stored.app().clientId().equals(clientId));
            }
        };
    }

    private static ClientsProperties properties() {
        return new ClientsProperties(null, Duration.ofMinutes(10), Duration.ZERO,
                new ClientsProperties.FailedAuthentications(Duration.ofMinutes(1), 10, 100));
    }

    private static Jwt token(String scope) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("app-x").claim("scope", scope).build();
    }
}
