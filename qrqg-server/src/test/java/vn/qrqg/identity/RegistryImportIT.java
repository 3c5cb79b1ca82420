package vn.qrqg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.ImportReport.Rejection;

class RegistryImportIT extends IdentityTestSupport {
    private static final String IMPORT = "/api/v1/admin/registry/import";
    private static final String HEADER =
            "document_number,full_name,date_of_birth,gender,old_document_number,phone,insurance_number,commune_code,address\n";

    @Test
    void loadsTheGoodRowsAndReportsTheBadOnesByLine() {
        ImportReport report = importCsv(HEADER
                + "001025000101,Phạm Văn Lâm,1925-03-14,1,,0912000101,HT3010000000101,00004,\"Số 3 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội\"\n"
                + "079127000102,Trần Thị Mai,1927-00-00,2,,,,,\n"
                + "001025000103,Lê Văn Tám,1926-05-05,1,,,,,\n"
                + "048128000104,\"Võ  Thị\nSáu\",1928-01-01,2,,,,,\n"
                + "001025000105,Đỗ Văn Hùng,1925-07-07,1,,123,,,\n"
                + "\"001025000106\"x,Ngô Văn Lực,1925-08-08,1,,,,,\n"
                + "001025000107,Ngô Văn Lực,1925-08-08,1,,,,99999,\n"
                + "001025000108,Ngô Văn Lực,1925-08-08\n");

        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.updated()).isZero();
        assertThat(report.rejectedCount()).isEqualTo(5);
        assertThat(report.rejected()).containsExactly(
                new Rejection(4, "document_number: the CCCD encodes birth year 1925 but the date of birth is in 1926"),
                new Rejection(7, "phone must be 10 digits starting with 0"),
                new Rejection(8, "a quoted field must end at a comma or the end of the line"),
                new Rejection(9, "commune_code 99999 is not a commune code of the current (2025) structure"),
                new Rejection(10, "the row has 3 fields but the header has 9"));

        assertThat(registry.findByDocumentNumber("001025000101")).contains(new RegisteredPerson("001025000101", null,
                "Phạm Văn Lâm", BirthDate.parse("1925-03-14"), Gender.MALE, "0912000101", "HT3010000000101", "00004",
                "Số 3 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội", null));
        assertThat(registry.findByDocumentNumber("079127000102").orElseThrow().birthDate()).isEqualTo(new BirthDate(1927, 0, 0));
        assertThat(registry.findByDocumentNumber("048128000104").orElseThrow().fullName()).isEqualTo("Võ Thị Sáu");
        assertThat(registry.findByDocumentNumber("001025000103")).isEmpty();
    }

    @Test
    void reImportingUpdatesAndKeepsWhatTheFileDoesNotHave() {
        String first = HEADER + "001024000201,Bùi Văn Hải,1924-02-02,1,100000201,0987000201,,00004,Thôn 1\n";
        assertThat(importCsv(first).imported()).isEqualTo(1);
        assertThat(importCsv(first)).isEqualTo(new ImportReport(0, 1, 0, List.of()));

        ImportReport second = importCsv("gender,date_of_birth,full_name,document_number,address\n"
                + "1,1924-02-02,Bùi Văn Hải Đăng,001024000201,\n"
                + "2,1924-00-00,Bùi Thị Hoa,001124000202,Ấp 2\n");
        assertThat(second.imported()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);

        RegisteredPerson updated = registry.findByDocumentNumber("001024000201").orElseThrow();
        assertThat(updated.fullName()).isEqualTo("Bùi Văn Hải Đăng");
        assertThat(updated.phone()).as("phone is not a column of the second file").isEqualTo("0987000201");
        assertThat(updated.oldDocumentNumber()).isEqualTo("100000201");
        assertThat(updated.address()).as("an empty cell clears").isNull();
    }

    @Test
    void aHouseholdIdRoundTripsAndAFileWithoutTheColumnKeepsIt() {
        ImportReport first = importCsv("document_number,full_name,date_of_birth,gender,household_id\n"
                + "001021000801,Đinh Văn Quang,1921-08-08,1,HK-2021-0801\n"
                + "001121000802,Đinh Thị Quế,1921-00-00,2,HK-2021-0801\n"
                + "001021000803,Đinh Văn Quý,1921-08-08,1,HK 2021 0801\n");
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.rejected()).containsExactly(
                new Rejection(4, "household_id must be 1 to 32 characters, each an ASCII letter, a digit or '-'"));
        assertThat(registry.findByDocumentNumber("001021000801").orElseThrow().householdId()).isEqualTo("HK-2021-0801");
        assertThat(registry.findAllByDocumentNumbers(List.of("001021000801", "001121000802")).values())
                .extracting(RegisteredPerson::householdId).containsExactly("HK-2021-0801", "HK-2021-0801");

        assertThat(importCsv(HEADER + "001021000801,Đinh Văn Quang,1921-08-08,1,,0912000801,,,\n").updated()).isEqualTo(1);
        RegisteredPerson updated = registry.findByDocumentNumber("001021000801").orElseThrow();
        assertThat(updated.phone()).isEqualTo("0912000801");
        assertThat(updated.householdId()).as("household_id is not a column of the second file").isEqualTo("HK-2021-0801");

        importCsv("document_number,full_name,date_of_birth,gender,household_id\n001121000802,Đinh Thị Quế,1921-00-00,2,\n");
        assertThat(registry.findByDocumentNumber("001121000802").orElseThrow().householdId()).as("an empty cell clears").isNull();
    }

    @Test
    void anOldCmndBelongsToOnePersonOnly() {
        importCsv(HEADER + "001023000301,Hồ Văn Nam,1923-03-03,1,100000301,,,,\n");
        ImportReport report = importCsv(HEADER
                + "001023000302,Hồ Văn Bắc,1923-03-03,1,100000301,,,,\n"
                + "001023000303,Hồ Văn Đông,1923-03-03,1,100000304,,,,\n"
                + "001023000305,Hồ Văn Tây,1923-03-03,1,100000304,,,,\n"
                + "100000301,Hồ Văn Trung,1923-03-03,1,,,,,\n"
                + "001023000306,Hồ Văn Hạ,1923-03-03,1,001023000301,,,,\n");
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).containsExactly(
                new Rejection(2, "old_document_number already belongs to another person"),
                new Rejection(4, "old_document_number already belongs to another person"),
                new Rejection(5, "document_number is the old CMND of another registered person"),
                new Rejection(6, "old_document_number must be an old 9-digit CMND number"));
        assertThat(registry.findByDocumentNumber("100000304").orElseThrow().documentNumber()).isEqualTo("001023000303");
        assertThat(registry.findByDocumentNumber("100000301").orElseThrow().documentNumber()).isEqualTo("001023000301");
    }

    @Test
    void importsACsvBodyThroughTheAdminEndpoint() throws Exception {
        String csv = HEADER + "001022000401,Lý Văn Phúc,1922-04-04,1,,,,,\n001022000402,x1,1922-04-04,1,,,,,\n";
        HttpResponse<String> response = post(IMPORT, adminToken(), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(json("""
                {"imported": 1, "updated": 0, "rejectedCount": 1,
                 "rejected": [{"line": 3, "reason": "full_name: '1' is not a letter of a Vietnamese name"}]}"""));
        assertThat(registry.findByDocumentNumber("001022000401").orElseThrow().fullName()).isEqualTo("Lý Văn Phúc");
    }

    @Test
    void importsTheMultipartFieldFileThroughTheAdminEndpoint() throws Exception {
        String boundary = "qrqg-boundary-7";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + HEADER + "001022000501,Lý Văn Phương,1922-05-05,1,,,,,\r\n001122000502,Lý Thị Phương,1922-05-05,1,,,,,\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = post(IMPORT, adminToken(), "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).get("imported").asInt()).isEqualTo(1);
        assertThat(json(response.body()).get("rejected").get(0).get("reason").asString())
                .isEqualTo("document_number: the CCCD encodes gender FEMALE but MALE was declared");
    }

    @Test
    void answersAFileWithoutTheMandatoryColumnsWithAProblem() throws Exception {
        HttpResponse<String> response = post(IMPORT, adminToken(), "text/csv",
                "document_number,full_name\n001022000601,Lý Văn An\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response.body()).get("type").asString()).isEqualTo("https://qrqg.vn/problems/registry-import-rejected");
        assertThat(json(response.body()).get("detail").asString())
                .isEqualTo("the header lacks the mandatory columns date_of_birth, gender");
    }

    @Test
    void theAdminEndpointImportsNothingWithoutAnAdminToken() throws Exception {
        HttpResponse<String> response = post(IMPORT, null, "text/csv",
                (HEADER + "001022000701,Lý Văn Phúc,1922-04-04,1,,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(registry.findByDocumentNumber("001022000701")).isEmpty();
    }
}
