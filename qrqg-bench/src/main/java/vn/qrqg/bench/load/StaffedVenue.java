package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;

/**
 * What the check-in scenarios set up before the clock starts: people in the registry with their
 * QRs issued, and a venue registered as its owner would, with a staff scanner.
 *
 * @param maskedTexts each person's masked QR as a JSON string, quoted and escaped
 * @param scanner the staff scanner's access tokens (scope {@code checkin:venue})
 */
record StaffedVenue(Platform.Venue venue, String[] maskedTexts, TokenSource scanner) {

    /**
     * @param scenario the scenario's name, in the app's and the venue's names
     * @param defaultPeople how many people when {@code --people} is not given
     */
    static StaffedVenue prepare(Scenario.Setup setup, String scenario, String venueType, int defaultPeople)
            throws IOException, InterruptedException {
        LoadOptions options = setup.options();
        int size = options.people() > 0 ? options.people() : defaultPeople;
        SyntheticPeople people = new SyntheticPeople(options.seed(), size);
        Platform platform = setup.platform();
        setup.progress().printf("load: %s: %,d people from seed %d%n", scenario, size, options.seed());
        platform.importPeople(people, setup.progress());
        String name = "qrqg-load " + scenario + " " + options.seed();
        Platform.App issuerApp = platform.certifiedApp(name, List.of("qr:issue"));
        TokenSource issuer = new TokenSource(
                () -> platform.token(issuerApp.clientId(), issuerApp.clientSecret(), "qr:issue"));
        Platform.IssuedQr[] qrs = ScanScenario.issue(people, platform, issuer, setup);
        Platform.Venue venue = platform.registerVenue(name, venueType);
        Platform.App staff = platform.staffScanner(venue, "Load Reader");
        TokenSource scanner = new TokenSource(
                () -> platform.token(staff.clientId(), staff.clientSecret(), "checkin:venue"));
        setup.progress().printf("load: venue %s, staff scanner %s%n", venue.venueCode(), staff.clientId());
        String[] texts = new String[qrs.length];
        for (int i = 0; i < qrs.length; i++) {
            texts[i] = JSON.std.asString(qrs[i].masked());
        }
        return new StaffedVenue(venue, texts, scanner);
    }
}
