package vn.qrqg.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.qrqg.identity.internal.AdministrativeUnits.Commune;

/**
 * Synthetic permanent addresses in a real commune: a house on a street in a ward, a hamlet in a
 * commune (thôn in the north and centre, ấp in the south, bản in the northern mountains),
 * a residential group (tổ) in a special zone.
 */
final class Addresses {
    private static final List<String> STREETS = List.of("Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng",
            "Quang Trung", "Lý Thường Kiệt", "Nguyễn Trãi", "Lê Duẩn", "Hùng Vương", "Trần Phú", "Phan Chu Trinh",
            "Điện Biên Phủ", "Nguyễn Du", "Lê Thánh Tông", "Võ Thị Sáu", "Nguyễn Văn Cừ", "Bà Triệu",
            "Phan Đình Phùng", "Ngô Quyền", "Nguyễn Thị Minh Khai", "Lạc Long Quân", "Trường Chinh", "Cách Mạng Tháng Tám",
            "Lê Hồng Phong", "Hoàng Diệu", "Tôn Đức Thắng", "Nguyễn Chí Thanh", "Võ Văn Kiệt", "Phạm Văn Đồng", "30 Tháng 4");
    /** Current provinces of the south, where a rural hamlet is an ấp. */
    private static final Set<String> SOUTH = Set.of("75", "79", "80", "82", "86", "91", "92", "96");
    /** Northern mountain provinces, where many hamlets are bản. */
    private static final Set<String> MOUNTAINS = Set.of("04", "08", "11", "12", "14", "15", "20");

    String address(SplittableRandom random, Commune commune) {
        String province = commune.province().code();
        String place = switch (commune.type()) {
            case "Phường" -> {
                String street = STREETS.get(random.nextInt(STREETS.size()));
                int house = 1 + random.nextInt(300);
                yield random.nextInt(100) < 25
                        ? "Số " + house + ", ngõ " + (1 + random.nextInt(120)) + " " + street
                        : "Số " + house + " " + street;
            }
            case "Xã" -> (SOUTH.contains(province) ? "Ấp " : MOUNTAINS.contains(province) && random.nextBoolean()
                    ? "Bản " : "Thôn ") + (1 + random.nextInt(15));
            default -> "Tổ " + (1 + random.nextInt(20));
        };
        return place + ", " + commune.fullName() + ", " + commune.province().fullName();
    }
}
