package vn.qrqg.insurance;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;

/** Health-insurance cards for integration tests, loaded as an operator would, by CSV import. */
public final class TestInsurance {
    public static final String IMPORT = "/api/v1/admin/insurance/import";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestInsurance() {
    }

    /** A card number of the real shape nobody holds yet: an employee's (DN), level 4, Hà Nội, a random number. */
    public static String randomNumber() {
        return "DN401" + String.format("%010d", RANDOM.nextLong(10_000_000_000L));
    }

    /** Loads a card into the reference social-insurance database; fails the test when it is not loaded. */
    public static void card(int port, String cardNumber, String documentNumber, LocalDate validFrom, LocalDate validTo)
            throws Exception {
        HttpResponse<String> response = importCsv(port, "card_number,document_number,valid_from,valid_to\n"
                + cardNumber + "," + documentNumber + "," + validFrom + "," + validTo + "\n");
        JsonNode report = TestClients.json(response.body());
        if (response.statusCode() != 200 || report.path("imported").asLong() + report.path("updated").asLong() != 1) {
            throw new AssertionError("card not loaded: " + response.statusCode() + " " + response.body());
        }
    }

    /** A card valid this year (Vietnam's), for the person. */
    public static String validCard(int port, String documentNumber) throws Exception {
        String number = randomNumber();
        LocalDate today = LocalDate.now(InsuranceChecks.VIETNAM);
        card(port, number, documentNumber, today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
        return number;
    }

    public static HttpResponse<String> importCsv(int port, String csv) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + IMPORT))
                .header("Authorization", "Bearer " + TestClients.adminToken(port)).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
