package vn.qrqg.identity.internal;

import java.util.List;
import java.util.SplittableRandom;
import vn.qrqg.codec.Gender;

/**
 * Synthetic Vietnamese full names, with diacritics: surname, middle name(s), given name. Surname
 * shares follow published estimates (Nguyễn about 38%, Trần 11%, Lê 9.5%, Phạm 7%, …);
 * Hoàng and Vũ are northern spellings of the southern Huỳnh and Võ; "Văn" and "Thị" are
 * less common among the young.
 */
final class VietnameseNamePool {

    private static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Đinh", "Đoàn", "Trịnh", "Lương", "Mai", "Trương", "Lâm", "Phùng", "Tô", "Hà", "Cao", "Lưu", "Kiều",
            "Tạ", "Châu", "Tăng", "Quách", "Thái", "La", "Triệu", "Nông", "Lò", "Vi", "Hứa", "Khúc", "Từ");
    /** Percent; the tail shares the remaining 11.5% by rank. */
    private static final double[] TOP_SURNAME_SHARES = {38, 11, 9.5, 7, 5, 4.5, 3.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5};

    private static final List<String> MALE_MIDDLE = List.of("Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân",
            "Ngọc", "Anh", "Gia", "Trọng", "Thanh", "Bảo", "Đình", "Duy", "Quốc", "Mạnh", "Tuấn", "Hoàng", "Việt");
    private static final List<String> FEMALE_MIDDLE = List.of("Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng",
            "Thùy", "Kim", "Mai", "Bảo", "Khánh", "Diệu", "Hoài", "Thảo", "Như", "Quỳnh", "Lan", "Hải", "Mỹ", "Tuyết");
    private static final List<String> MALE_GIVEN = List.of("Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải",
            "Long", "Sơn", "Thắng", "Huy", "Đức", "Cường", "Quân", "Trung", "Hiếu", "Phong", "Thành", "Tùng", "Hưng",
            "Khoa", "Bình", "Đạt", "Phúc", "Việt", "Vinh", "Tiến", "Quang", "Kiên", "Lâm", "Khánh", "Toàn", "Thịnh",
            "Nghĩa", "Hoàng", "Tài", "Lộc", "Tâm", "Bảo", "Khang", "Duy", "Hòa", "Chiến", "Công", "Hậu", "Nhân",
            "Thái", "Tú", "Khải", "Đông");
    private static final List<String> FEMALE_GIVEN = List.of("Linh", "Hương", "Trang", "Hà", "Anh", "Lan",
            "Ngọc", "Huyền", "Thảo", "Mai", "Hằng", "Phương", "Thủy", "Nhung", "Hoa", "Hạnh", "Yến", "Vân", "Nga",
            "Quỳnh", "Giang", "Hiền", "Loan", "Thu", "Dung", "Trâm", "Vy", "My", "Nhi", "Hân", "Uyên", "Ngân",
            "Oanh", "Châu", "Diệp", "Hồng", "Liên", "Tâm", "Thư", "Tuyết", "Xuân", "Duyên", "Chi", "An", "Ánh",
            "Bích", "Nhàn", "Lụa", "Hoài", "Thanh");

    private final WeightedChoice<String> surnames;
    private final WeightedChoice<String> maleMiddle = WeightedChoice.byRank(MALE_MIDDLE);
    private final WeightedChoice<String> femaleMiddle = WeightedChoice.byRank(FEMALE_MIDDLE);
    private final WeightedChoice<String> maleGiven = WeightedChoice.byRank(MALE_GIVEN);
    private final WeightedChoice<String> femaleGiven = WeightedChoice.byRank(FEMALE_GIVEN);

    VietnameseNamePool() {
        double[] weights = new double[SURNAMES.size()];
        double tail = 0;
        for (int i = TOP_SURNAME_SHARES.length; i < weights.length; i++) {
            tail += 1.0 / (i - TOP_SURNAME_SHARES.length + 2);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < TOP_SURNAME_SHARES.length ? TOP_SURNAME_SHARES[i]
                    : 11.5 / tail / (i - TOP_SURNAME_SHARES.length + 2);
        }
        surnames = new WeightedChoice<>(SURNAMES, weights);
    }

    /**
     * @param southern born in the centre-south or south, where Hoàng is spelt Huỳnh and Vũ Võ
     */
    String fullName(SplittableRandom random, Gender gender, int birthYear, boolean southern) {
        boolean male = gender == Gender.MALE;
        StringBuilder name = new StringBuilder(32).append(surname(random, southern)).append(' ');
        double traditional = birthYear < 1970 ? 0.8 : birthYear < 1990 ? 0.55 : birthYear < 2005 ? 0.3 : 0.12;
        if (random.nextDouble() < traditional) {
            name.append(male ? "Văn" : "Thị").append(' ');
            if (random.nextInt(100) < 10) {
                name.append((male ? maleMiddle : femaleMiddle).pick(random)).append(' ');
            }
        } else {
            name.append((male ? maleMiddle : femaleMiddle).pick(random)).append(' ');
            if (random.nextInt(100) < 12) { // a second surname or middle name: "Nguyễn Lê Khả Hân"
                name.append(surnames.pick(random)).append(' ');
            }
        }
        String given;
        do {
            given = (male ? maleGiven : femaleGiven).pick(random);
        } while (name.indexOf(' ' + given + ' ') >= 0); // not "Đức Đức"
        return name.append(given).toString();
    }

    private String surname(SplittableRandom random, boolean southern) {
        String surname = surnames.pick(random);
        boolean southernSpelling = southern ? random.nextInt(100) < 70 : random.nextInt(100) < 10;
        if (southernSpelling && surname.equals("Hoàng")) {
            return "Huỳnh";
        }
        if (southernSpelling && surname.equals("Vũ")) {
            return "Võ";
        }
        return surname;
    }
}
