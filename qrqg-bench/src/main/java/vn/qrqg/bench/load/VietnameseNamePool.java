package vn.qrqg.bench.load;

import java.util.SplittableRandom;
import vn.qrqg.codec.Gender;

/**
 * Common Vietnamese surnames, middle and given names, with diacritics so that the platform's
 * name comparison (case, marks, spacing) does real work. Surnames roughly follow their published
 * shares; the registry's own synthetic population (qrqg-server) is richer, this only has to look
 * real and verify.
 */
final class VietnameseNamePool {
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
        "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    /** Per mille, in the order of {@link #SURNAMES}; the rest of the population is spread evenly over them. */
    private static final int[] SURNAME_SHARES = {380, 110, 95, 70, 30, 20, 45, 20, 19, 21, 20, 14, 13, 13, 10, 5};
    private static final String[] MALE_MIDDLE = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công", "Quang",
        "Xuân", "Đình"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Bảo", "Diệu",
        "Mỹ", "Phương"};
    private static final String[] MALE_GIVEN = {"An", "Bảo", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu",
        "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Kiên", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Sơn",
        "Tâm", "Thắng", "Thịnh", "Tiến", "Trung", "Tuấn", "Việt", "Vinh", "Vũ"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
        "Hoa", "Hồng", "Huyền", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhung", "Nga",
        "Oanh", "Phương", "Quỳnh", "Thảo", "Thủy", "Trang", "Trinh", "Uyên", "Yến"};

    private VietnameseNamePool() {
    }

    /** Surname, one middle name (two for one person in ten), given name. */
    static String fullName(Gender gender, SplittableRandom random) {
        boolean male = gender == Gender.MALE;
        String[] middle = male ? MALE_MIDDLE : FEMALE_MIDDLE;
        int first = random.nextInt(middle.length);
        StringBuilder name = new StringBuilder(32).append(surname(random)).append(' ').append(middle[first]);
        if (random.nextInt(10) == 0) {
            name.append(' ').append(middle[(first + 1 + random.nextInt(middle.length - 1)) % middle.length]);
        }
        String[] given = male ? MALE_GIVEN : FEMALE_GIVEN;
        return name.append(' ').append(given[random.nextInt(given.length)]).toString();
    }

    private static String surname(SplittableRandom random) {
        int pick = random.nextInt(1000);
        for (int i = 0; i < SURNAMES.length; i++) {
            pick -= SURNAME_SHARES[i];
            if (pick < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }
}
