package vn.qrqg.passports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.qrqg.passports.PassportScans;
import vn.qrqg.passports.PassportStatus;

class PassportPdfTest {
    private static final PassportContent CONTENT = new PassportContent("Q", "Lê Khả Hân", "Lê", "Khả Hân", "1990-04-30",
            "1119349007", "EU/1/20/1528", "Comirnaty (Pfizer-BioNTech)", "ORG-100030215", "Biontech Manufacturing GmbH",
            2, 2, LocalDate.of(2021, 9, 1), "LOT1", "Trạm Y tế Phường Ba Đình", "VN", "Ministry of Health of Viet Nam",
            "URN:UVCI:01:VN:QRQG/ABCDEFGH23456789#X");
    // as long as a real one: about 560 characters of Base45
    private static final String HC1 = "HC1:" + "NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IUKRG*I.I5BROCWAAT4V22F/8X*G3M9JUPY0BX/KR96R/S09T./0LWTKD33236LXCKN*C".repeat(5);

    @Test
    void thePageCarriesTheQrAtLeastFiveCentimetresWideAndTheElevenFieldsInBothLanguages() throws Exception {
        byte[] pdf = new PassportPdf().render(new CitizenPassports.Issued(CONTENT, HC1, Instant.parse("2026-12-07T05:00:00Z"),
                Instant.parse("2027-12-07T05:00:00Z"), PassportStatus.ISSUED));

        PassportScans.Scan scan = PassportScans.scan(pdf);
        assertThat(scan.decoded()).isEqualTo(HC1);
        assertThat(scan.symbolSideCm()).isGreaterThanOrEqualTo(5.0);
        assertThat(scan.text()).contains("Họ và tên / Name", "Lê Khả Hân", "Ngày sinh / Date of birth", "1990-04-30",
                "Quốc tịch / Nationality", "Bệnh được phòng / Disease targeted", "COVID-19",
                "Tổng số liều / Number of doses", "Ngày tiêm / Date of vaccination", "01/09/2021",
                "Mũi số / Dose number", "2/2", "Loại vắc xin / Vaccine / prophylaxis", "SARS-CoV-2 mRNA vaccine",
                "Tên vắc xin / Vaccine product", "Comirnaty (Pfizer-BioNTech)", "Nhà sản xuất / Manufacturer",
                "Biontech Manufacturing GmbH", "Mã chứng nhận / Certificate identifier",
                "URN:UVCI:01:VN:QRQG/ABCDEFGH23456789#X", "07/12/2027").doesNotContain("REVOKED");
    }

    @Test
    void aRevokedPassportSaysSoOnItsPage() throws Exception {
        byte[] pdf = new PassportPdf().render(new CitizenPassports.Issued(CONTENT, HC1, Instant.parse("2026-12-07T05:00:00Z"),
                Instant.parse("2027-12-07T05:00:00Z"), PassportStatus.REVOKED));
        assertThat(PassportScans.scan(pdf).text()).contains("ĐÃ THU HỒI — REVOKED");
    }
}
