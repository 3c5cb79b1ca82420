package vn.qrqg.venues;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.venues.internal.VenueOwner;
import vn.qrqg.venues.internal.VenueRepository;
import vn.qrqg.platform.web.InvalidFieldException;

/** The registered venues, for other capabilities (check-ins) and the venues' own endpoints. */
@Service
public class Venues {
    private final VenueRepository repository;
    private final AdministrativeAreas areas;
    private final VenuesProperties properties;

    Venues(VenueRepository repository, AdministrativeAreas areas, VenuesProperties properties) {
        this.repository = repository;
        this.areas = areas;
        this.properties = properties;
    }

    /** The venue as it is now (the primary's): for anything that decides, a check-in's or a scan's. */
    public Optional<Venue> find(VenueCode code) {
        return repository.find(code);
    }

    /**
     * The venue for showing only (its public page), from the read replica when there is one: it
     * may lag by the replica's lag (docs/operations.md, "Read replicas"). Never for a decision.
     */
    public Optional<Venue> findForDisplay(VenueCode code) {
        return repository.findForDisplay(code);
    }

    /** The venues of these codes that exist, by code, in one query: codes of no venue are left out. */
    public Map<VenueCode, Venue> findAll(Collection<VenueCode> codes) {
        Map<VenueCode, Venue> found = new HashMap<>();
        repository.findAll(codes).forEach(venue -> found.put(venue.code(), venue));
        return found;
    }

    /**
     * A venue's public facts, its commune and province named: for the API and the portal alike.
     * Read from the read replica when there is one ({@link #findForDisplay}): for showing only.
     *
     * @param venueCode as typed or read (any case)
     * @throws InvalidFieldException naming {@code venueCode} when it is no venue code
     * @throws VenueNotFoundException when no venue has this code
     */
    public VenueFacts facts(String venueCode) {
        VenueCode code = parseCode("venueCode", venueCode);
        Venue venue = findForDisplay(code).orElseThrow(() -> new VenueNotFoundException(code));
        String communeName = areas.commune(venue.communeCode()).map(AdministrativeAreas.Commune::name)
                .orElse(venue.communeCode());
        String provinceName = areas.province(venue.provinceCode()).map(AdministrativeAreas.Province::name)
                .orElse(venue.provinceCode());
        return new VenueFacts(venue.code().value(), venue.name(), venue.type().code(), venue.address(),
                venue.communeCode(), communeName, venue.provinceCode(), provinceName, venue.status().name(),
                properties.venueUrl(venue.code()), properties.posterUrl(venue.code()));
    }

    /**
     * Sets a venue's status, as an operator does: a suspended venue takes no check-ins.
     *
     * @throws VenueNotFoundException when no venue has this code
     */
    public Venue changeStatus(VenueCode code, VenueStatus status) {
        if (!repository.updateStatus(code, status)) {
            throw new VenueNotFoundException(code);
        }
        return require(code);
    }

    /**
     * The venue whose owner token authenticated the current request (the venue security's own
     * filter chain checked it, and that it is the venue of the request's path); empty when the
     * request carried no owner token (an app's access token, or nothing).
     */
    public static Optional<VenueCode> currentOwner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof VenueOwner owner
                ? Optional.of(owner.venueCode()) : Optional.empty();
    }

    /** @throws VenueNotFoundException when no venue has this code */
    public Venue require(VenueCode code) {
        return find(code).orElseThrow(() -> new VenueNotFoundException(code));
    }

    /**
     * A venue code from a request (a path or body field), as typed or printed: lower case and
     * Crockford's aliases are accepted.
     *
     * @throws InvalidFieldException naming {@code field} when it is no well-formed venue code
     */
    public static VenueCode parseCode(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        try {
            return VenueCode.parse(text.strip());
        } catch (QrFormatException e) {
            throw new InvalidFieldException(field, "is not a venue code: " + e.detail());
        }
    }
}
