package vn.qrqg.codec.cccd;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.qrqg.codec.Gender;

/**
 * What the QR on a chip-based citizen ID card says (FORMATS.md §3). Unsigned and printed by
 * the Ministry: the platform identifies the person by {@link #cccdNumber} and looks them up;
 * it does not trust the name or address read here.
 *
 * @param cccdNumber the 12-digit CCCD number
 * @param oldCmndNumber the old 9-digit CMND number, {@code ""} when the card does not carry one
 * @param fullName the name with its diacritics, in Unicode NFC (whatever form the QR used)
 * @param gender {@link Gender#MALE} or {@link Gender#FEMALE}
 * @param address the permanent address, in Unicode NFC
 */
public record CccdCard(String cccdNumber, String oldCmndNumber, String fullName, LocalDate birthDate,
                       Gender gender, String address, LocalDate issueDate) {

    public CccdCard {
        Objects.requireNonNull(cccdNumber, CccdCardParser.CCCD);
        Objects.requireNonNull(oldCmndNumber, CccdCardParser.CMND);
        Objects.requireNonNull(birthDate, CccdCardParser.NGAY_SINH);
        Objects.requireNonNull(gender, CccdCardParser.GIOI_TINH);
        Objects.requireNonNull(issueDate, CccdCardParser.NGAY_CAP);
        // NFC so that the same name compares equal however the card's encoder wrote it
        fullName = Normalizer.normalize(Objects.requireNonNull(fullName, CccdCardParser.HO_TEN), Normalizer.Form.NFC);
        address = Normalizer.normalize(Objects.requireNonNull(address, CccdCardParser.DIA_CHI), Normalizer.Form.NFC);
    }

    /**
     * Reads a card's QR text strictly, checking dates against today in Vietnam.
     *
     * @throws vn.qrqg.codec.QrFormatException naming the field, with code-point positions in {@code text}
     */
    public static CccdCard parse(String text) {
        return CccdCardParser.ofSystemClock().parse(text);
    }

    /**
     * The seven fields by the names of FORMATS.md §3, in card order: dates as {@code YYYY-MM-DD},
     * {@code GioiTinh} as the personal QR's code ({@code 1} male, {@code 2} female).
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CccdCardParser.CCCD, cccdNumber);
        fields.put(CccdCardParser.CMND, oldCmndNumber);
        fields.put(CccdCardParser.HO_TEN, fullName);
        fields.put(CccdCardParser.NGAY_SINH, birthDate.toString());
        fields.put(CccdCardParser.GIOI_TINH, String.valueOf(gender.code()));
        fields.put(CccdCardParser.DIA_CHI, address);
        fields.put(CccdCardParser.NGAY_CAP, issueDate.toString());
        return fields;
    }
}
