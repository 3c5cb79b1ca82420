package vn.qrqg.codec;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date of birth as the registry holds it: the year is always known, the month and the
 * day may not be ({@code 0}, written {@code 00}). A day without a month is impossible.
 */
public record BirthDate(int year, int month, int day) {

    /** Older registry records go back this far; anything earlier is a typing error. */
    public static final int EARLIEST_YEAR = 1900;
    private static final String FIELD = "NgaySinh";

    public BirthDate {
        String problem = problemWith(year, month, day, VietnamTime.today());
        if (problem != null) {
            throw new QrFormatException(FIELD, FormatProblem.IMPOSSIBLE_DATE, problem);
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY-MM-DD} with {@code 00} for an unknown month or day.
     *
     * @throws QrFormatException naming {@code NgaySinh}, with positions relative to {@code text}
     */
    public static BirthDate parse(String text) {
        if (text.isEmpty()) {
            throw new QrFormatException(FIELD, FormatProblem.EMPTY, 0, "the date of birth is empty");
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            int position = Math.min(text.length(), 10);
            for (int i = 0; i < Math.min(text.length(), 10); i++) {
                boolean dash = i == 4 || i == 7;
                if (dash != (text.charAt(i) == '-') || (!dash && !isDigit(text.charAt(i)))) {
                    position = i;
                    break;
                }
            }
            throw new QrFormatException(FIELD, FormatProblem.BAD_FORMAT, text.codePointCount(0, position),
                    "expected YYYY-MM-DD with 00 for an unknown month or day");
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(text.charAt(i))) {
                throw new QrFormatException(FIELD, FormatProblem.BAD_CHARACTER, i,
                        "only digits are allowed in YYYY-MM-DD");
            }
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        int day = Integer.parseInt(text, 8, 10, 10);
        String problem = problemWith(year, month, day, VietnamTime.today());
        if (problem != null) {
            int position = problem.startsWith("year") ? 0 : problem.startsWith("month") ? 5 : 8;
            throw new QrFormatException(FIELD, FormatProblem.IMPOSSIBLE_DATE, position, problem);
        }
        return new BirthDate(year, month, day);
    }

    public boolean isComplete() {
        return month != 0 && day != 0;
    }

    /** {@code YYYY-MM-DD}, with {@code 00} for unknown parts. */
    @Override
    public String toString() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    private static String problemWith(int year, int month, int day, LocalDate today) {
        if (year < EARLIEST_YEAR) {
            return "year " + year + " is before " + EARLIEST_YEAR;
        }
        if (year > today.getYear()) {
            return "year " + year + " is in the future";
        }
        if (month < 0 || month > 12) {
            return "month " + month + " does not exist";
        }
        if (month == 0) {
            return day == 0 ? null : "day " + day + " is given but the month is unknown";
        }
        if (day < 0 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return "day " + day + " does not exist in " + YearMonth.of(year, month);
        }
        if (day != 0 && LocalDate.of(year, month, day).isAfter(today)) {
            return "day " + LocalDate.of(year, month, day) + " is in the future";
        }
        if (day == 0 && YearMonth.of(year, month).isAfter(YearMonth.from(today))) {
            return "month " + YearMonth.of(year, month) + " is in the future";
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
