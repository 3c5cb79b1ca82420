package vn.qrqg.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.web.InvalidFieldException;

/** Registering and certifying apps, for operators (scope admin, also required by the path rule). */
@RestController
@RequestMapping("/api/v1/admin/apps")
@RequiresScope(Scopes.ADMIN)
class AppAdminController {

    static final int LIST_LIMIT = 1000;
    private final Apps apps;

    AppAdminController(Apps apps) {
        this.apps = apps;
    }

    /** 201 with the secret, this once; never stored by caches along the way. */
    @PostMapping
    ResponseEntity<CreatedApp> create(@Valid @RequestBody CreateApp request) {
        RegisteredApp registered = apps.register(request.name().strip(), request.operator().strip(), request.scopes(),
                request.provinces(), request.vaccinationSite());
        App app = registered.app();
        return ResponseEntity.created(URI.create("/api/v1/admin/apps/" + app.appId()))
                .cacheControl(CacheControl.noStore())
                .body(new CreatedApp(app.appId(), app.clientId(), registered.clientSecret(), app.status(), app.name(),
                        app.operator(), app.scopes(), app.provinces(), app.vaccinationSite()));
    }

    /** The apps, newest first (at most {@value #LIST_LIMIT}), of one status when {@code status} is given. */
    @GetMapping
    List<AppView> list(@RequestParam(name = "status", required = false) String status) {
        AppStatus wanted = status == null || status.isBlank() ? null : AppStatus.parse(status).orElseThrow(
                () -> new InvalidFieldException("status", "must be one of " + String.join(", ", AppStatus.names())));
        return apps.list(wanted, LIST_LIMIT).stream().map(AppView::of).toList();
    }

    @GetMapping("/{appId}")
    AppView get(@PathVariable("appId") UUID appId) {
        return AppView.of(apps.require(appId));
    }

    @PostMapping("/{appId}/status")
    AppView changeStatus(@PathVariable("appId") UUID appId, @Valid @RequestBody StatusChange request) {
        AppStatus status = AppStatus.parse(request.status()).orElseThrow(() -> new InvalidFieldException("status",
                "must be one of " + String.join(", ", AppStatus.names()) + ", not \"" + request.status() + "\""));
        return AppView.of(apps.changeStatus(appId, status));
    }

    /**
     * {@code {provinces[]}}: the provinces an official's app is limited to; empty, the whole country.
     * Its next call on sees only what belongs to them (cases and contacts, for a tracer).
     */
    @PutMapping("/{appId}/provinces")
    AppView limitToProvinces(@PathVariable("appId") UUID appId, @Valid @RequestBody ProvinceLimit request) {
        return AppView.of(apps.limitToProvinces(appId, request.provinces()));
    }

    /**
     * {@code {name, operator, scopes[], provinces[]?, vaccinationSite?}}: the site for an app with
     * scope dcc:site, and only for it.
     */
    record CreateApp(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String operator,
            @NotEmpty List<@NotBlank String> scopes, @Size(max = 34) List<String> provinces,
            @Size(max = 200) String vaccinationSite) {
    }

    /** {@code {provinces[]}}, 0 to 34 province codes. */
    record ProvinceLimit(@NotNull @Size(max = 34) List<String> provinces) {
    }

    /** {@code {status}}: PENDING, CERTIFIED, SUSPENDED or REVOKED. */
    record StatusChange(@NotBlank String status) {
    }

    record CreatedApp(UUID appId, String clientId, String clientSecret, AppStatus status, String name, String operator,
            List<String> scopes, List<String> provinces, String vaccinationSite) {
    }

    /**
     * @param venueCode the venue of a staff scanner; null for every other client
     * @param provinces the provinces the app is limited to; empty for the whole country
     * @param vaccinationSite the vaccination site of an app with scope dcc:site; null for every other
     */
    record AppView(UUID appId, String clientId, String name, String operator, List<String> scopes, AppStatus status,
            Instant createdAt, Instant statusChangedAt, String venueCode, List<String> provinces,
            String vaccinationSite) {
        static AppView of(App app) {
            return new AppView(app.appId(), app.clientId(), app.name(), app.operator(), app.scopes(), app.status(),
                    app.createdAt(), app.statusChangedAt(), app.venueCode() == null ? null : app.venueCode().value(),
                    app.provinces(), app.vaccinationSite());
        }
    }
}
