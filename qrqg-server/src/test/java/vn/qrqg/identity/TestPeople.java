package vn.qrqg.identity;

import java.io.StringReader;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.CccdNumber;
import vn.qrqg.venues.TestVenues;

/**
 * People put in the reference registry by integration tests of any capability. They are born
 * before 1929 with a random CCCD serial, so neither the synthetic population (ages 0–95 in 2025)
 * nor other tests (one shared database) hold their numbers.
 */
public final class TestPeople {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The registry phone of every person registered here, by document number: where their codes go. */
    private static final Map<String, String> PHONES = new ConcurrentHashMap<>();

    private TestPeople() {
    }

    /** A registered person: what a matching declaration sends. */
    public record Person(String documentNumber, String fullName, String dateOfBirth, Gender gender) {

        /** The body of {@code POST /api/v1/citizens/qr} for this person, plus {@code extra} JSON members. */
        public String body(String extra) {
            return "{\"documentNumber\":\"" + documentNumber + "\",\"fullName\":\"" + fullName
                    + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"gender\":\"" + gender.code() + "\""
                    + (extra == null ? "" : "," + extra) + "}";
        }
    }

    /** A CCCD number of someone of this gender born in {@code year}, with a random serial. */
    public static String cccdNumber(int year, Gender gender) {
        return String.format("001%d%02d%06d", CccdNumber.genderCenturyDigit(gender, year), year % 100,
                RANDOM.nextInt(1_000_000));
    }

    /** Someone in the registry, born 03-04 of {@code year}, with a random CCCD serial. */
    public static Person registered(RegistryImport registry, String name, int year, Gender gender) {
        return registered(registry, name, year, gender, "", "");
    }

    /**
     * The same, with more registry columns: {@code extraColumns} is {@code ",col1,col2"} header
     * text and {@code extraValues} the matching {@code ",v1,v2"} (see docs/registry.md). Unless
     * they name a phone, the person gets a random one of their own ({@link #phoneOf}).
     */
    public static Person registered(RegistryImport registry, String name, int year, Gender gender,
            String extraColumns, String extraValues) {
        if (!List.of(extraColumns.split(",")).contains("phone")) {
            return registered(registry, name, year, gender, TestVenues.randomPhone(), extraColumns, extraValues);
        }
        return registered(registry, name, year, gender, null, extraColumns, extraValues);
    }

    /** Someone in the registry with this phone, or none when {@code phone} is null. */
    public static Person registeredWithPhone(RegistryImport registry, String name, int year, Gender gender,
            String phone) {
        return registered(registry, name, year, gender, phone, "", "");
    }

    /** The phone registered for the person with this document number by these helpers, or null. */
    public static String phoneOf(String documentNumber) {
        return PHONES.get(documentNumber);
    }

    private static Person registered(RegistryImport registry, String name, int year, Gender gender, String phone,
            String extraColumns, String extraValues) {
        String number = cccdNumber(year, gender);
        String date = year + "-03-04";
        String columns = extraColumns + (phone == null ? "" : ",phone");
        String values = extraValues + (phone == null ? "" : "," + phone);
        ImportReport report = registry.importCsv(new StringReader("document_number,full_name,date_of_birth,gender"
                + columns + "\n" + number + "," + name + "," + date + "," + gender.code() + values + "\n"));
        if (report.imported() + report.updated() != 1) {
            throw new AssertionError("the registry refused a test person: " + report);
        }
        if (phone != null) {
            PHONES.put(number, phone);
        } else {
            int column = List.of(extraColumns.split(",", -1)).indexOf("phone");
            String given = column < 0 ? "" : extraValues.split(",", -1)[column];
            if (!given.isEmpty()) {
                PHONES.put(number, given);
            }
        }
        return new Person(number, name, date, gender);
    }
}
