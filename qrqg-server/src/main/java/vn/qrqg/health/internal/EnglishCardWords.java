package vn.qrqg.health.internal;

import java.util.Locale;
import vn.qrqg.health.CovidTest;
import vn.qrqg.health.Recovery;
import vn.qrqg.health.TestType;

/** A card's reason in English, word for word as the API has always written it (apps may show it). */
final class EnglishCardWords implements CardWords {
    static final String NATIONAL_DEFAULT = "the national default (Khánh Hòa's rules)";

    @Override
    public String whose(RuleTimeline.Whose whose) {
        return switch (whose.kind()) {
            case NAMED -> whose.name();
            case NATIONAL_DEFAULT -> NATIONAL_DEFAULT;
            case FOLLOWS_DEFAULT -> whose.province() + " follows " + NATIONAL_DEFAULT;
            case OWN_VERSION -> "the rules of " + whose.province() + ", version " + whose.version();
        };
    }

    @Override
    public String noRules(String whose) {
        return whose + ": this province has no COVID card rules";
    }

    @Override
    public String rule(String whose, int number, String label) {
        return whose + ", rule " + number + (label == null ? "" : " (" + label + ")");
    }

    @Override
    public String everyone(String records) {
        return "applies to everyone; records: " + records;
    }

    @Override
    public String noRuleHolds(String whose, String records) {
        return whose + ": no rule holds, so RED; records: " + records;
    }

    @Override
    public String label(Rule rule) {
        return rule.label();
    }

    @Override
    public String fact(CardFact fact) {
        return switch (fact) {
            case CardFact.Dosed d -> doses(d.day(), d.today()) + (d.needed() > 0 ? " (" + d.needed() + " or more needed)" : "");
            case CardFact.Recovered r -> recovered(r.recovery(), r.today()) + " (within " + r.withinDays() + ")";
            case CardFact.Tested t -> tested(t.test(), t.at()) + " (within " + t.withinHours() + ")";
            case CardFact.Exposed e -> "exposed as " + e.exposure().level() + " on "
                    + VietnamTime.dateOf(e.exposure().to()) + ", "
                    + ago(Math.max(0, CardWords.days(VietnamTime.dateOf(e.exposure().to()), e.today())), "day")
                    + " (within " + e.withinDays() + ")";
            case CardFact.Aged a -> a.years() + (a.years() == 1 ? " year" : " years") + " old (under " + a.under() + ")";
            case CardFact.Records r -> (r.doses() == null ? "no dose" : doses(r.doses(), r.today())) + "; "
                    + (r.lastRecovery() == null ? "no recovery" : recovered(r.lastRecovery(), r.today())) + "; "
                    + (r.lastTest() == null ? "no test" : "last test: " + tested(r.lastTest(), r.at()));
        };
    }

    private static String doses(Doses.Day day, java.time.LocalDate today) {
        String count = day.doses() == 1 ? "1 dose" : day.doses() + " doses";
        return count + (day.singleDose() ? " (single-dose vaccine)" : "") + ", the last " + day.last().product()
                + " on " + day.date() + ", " + ago(CardWords.days(day.date(), today), "day");
    }

    private static String recovered(Recovery recovery, java.time.LocalDate today) {
        java.time.LocalDate day = VietnamTime.dateOf(recovery.recoveredAt().toInstant());
        return "recovered on " + day + ", " + ago(CardWords.days(day, today), "day");
    }

    private static String tested(CovidTest test, java.time.Instant at) {
        String type = test.type() == TestType.PCR ? "PCR" : "rapid antigen";
        return test.result().name().toLowerCase(Locale.ROOT) + " " + type + " test sampled "
                + VietnamTime.minutes(test.sampledAt().toInstant()) + ", "
                + ago(CardWords.hours(test.sampledAt().toInstant(), at), "hour");
    }

    private static String ago(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s") + " ago";
    }
}
