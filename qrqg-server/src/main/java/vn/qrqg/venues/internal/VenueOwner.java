package vn.qrqg.venues.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import vn.qrqg.codec.venue.VenueCode;

/** The owner of one venue, as their owner token tells: the principal of the staff endpoints. */
public record VenueOwner(VenueCode venueCode) implements OAuth2AuthenticatedPrincipal {
    static final String AUTHORITY = "VENUE_OWNER";

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("venue_code", venueCode.value());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(AUTHORITY));
    }

    @Override
    public String getName() {
        return "owner of " + venueCode.value();
    }
}
