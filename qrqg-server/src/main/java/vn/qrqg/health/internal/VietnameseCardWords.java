package vn.qrqg.health.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.qrqg.health.CovidTest;
import vn.qrqg.health.Recovery;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;

/** A card's reason in Vietnamese: dates as dd/mm/yyyy, vaccines by name, a rule by its Vietnamese label when it has one. */
final class VietnameseCardWords implements CardWords {
    static final String NATIONAL_DEFAULT = "quy định chung toàn quốc (theo quy định của Khánh Hòa)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Override
    public String whose(RuleTimeline.Whose whose) {
        return switch (whose.kind()) {
            case NAMED -> whose.name();
            case NATIONAL_DEFAULT -> NATIONAL_DEFAULT;
            case FOLLOWS_DEFAULT -> whose.province() + " áp dụng " + NATIONAL_DEFAULT;
            case OWN_VERSION -> "quy định của " + whose.province() + ", phiên bản " + whose.version();
        };
    }

    @Override
    public String noRules(String whose) {
        return whose + ": tỉnh, thành phố này không dùng thẻ COVID";
    }

    @Override
    public String rule(String whose, int number, String label) {
        return whose + ", quy tắc " + number + (label == null ? "" : " (" + label + ")");
    }

    @Override
    public String everyone(String records) {
        return "áp dụng cho mọi người; hồ sơ: " + records;
    }

    @Override
    public String noRuleHolds(String whose, String records) {
        return whose + ": không quy tắc nào phù hợp nên thẻ màu ĐỎ; hồ sơ: " + records;
    }

    @Override
    public String label(Rule rule) {
        return rule.labelVi() != null ? rule.labelVi() : rule.label();
    }

    @Override
    public String fact(CardFact fact) {
        return switch (fact) {
            case CardFact.Dosed d -> doses(d.day(), d.today()) + (d.needed() > 0 ? " (cần từ " + d.needed() + " ngày)" : "");
            case CardFact.Recovered r -> recovered(r.recovery(), r.today()) + " (trong vòng " + r.withinDays() + " ngày)";
            case CardFact.Tested t -> tested(t.test(), t.at()) + " (trong vòng " + t.withinHours() + " giờ)";
            case CardFact.Exposed e -> "tiếp xúc gần (" + e.exposure().level() + ") ngày "
                    + DAY.format(VietnamTime.dateOf(e.exposure().to())) + ", cách đây "
                    + Math.max(0, CardWords.days(VietnamTime.dateOf(e.exposure().to()), e.today()))
                    + " ngày (trong vòng " + e.withinDays() + " ngày)";
            case CardFact.Aged a -> a.years() + " tuổi (dưới " + a.under() + " tuổi)";
            case CardFact.Records r -> (r.doses() == null ? "chưa tiêm mũi nào" : doses(r.doses(), r.today())) + "; "
                    + (r.lastRecovery() == null ? "chưa có giấy khỏi bệnh" : recovered(r.lastRecovery(), r.today()))
                    + "; " + (r.lastTest() == null ? "chưa xét nghiệm" : "xét nghiệm gần nhất: " + tested(r.lastTest(), r.at()));
        };
    }

    private static String doses(Doses.Day day, LocalDate today) {
        return day.doses() + " mũi" + (day.singleDose() ? " (vắc xin một liều)" : "") + ", mũi gần nhất "
                + day.last().productName() + " ngày " + DAY.format(day.date()) + ", cách đây "
                + CardWords.days(day.date(), today) + " ngày";
    }

    private static String recovered(Recovery recovery, LocalDate today) {
        LocalDate day = VietnamTime.dateOf(recovery.recoveredAt().toInstant());
        return "khỏi bệnh ngày " + DAY.format(day) + ", cách đây " + CardWords.days(day, today) + " ngày";
    }

    private static String tested(CovidTest test, java.time.Instant at) {
        String type = test.type() == TestType.PCR ? "PCR" : "nhanh kháng nguyên";
        String result = test.result() == TestResult.NEGATIVE ? "âm tính" : "dương tính";
        return "xét nghiệm " + type + " " + result + ", lấy mẫu lúc "
                + MINUTE.format(test.sampledAt().toInstant().atZone(VietnamTime.ZONE)) + ", cách đây "
                + CardWords.hours(test.sampledAt().toInstant(), at) + " giờ";
    }
}
