package vn.qrqg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.signature.InMemorySigner;

@Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints a signed personal QR v1.1, for tests and offline issuers.",
                "The name may be given with diacritics; it is normalised as docs/formats.md requires."})
final class SignCommand implements Callable<Integer> {

    @Option(names = "--key", required = true, paramLabel = "DIR", description = "A key directory made by 'qrqg keys new'.")
    Path keyDirectory;

    @Option(names = "--doc", required = true, paramLabel = "N", description = "SoGiayTo: CCCD, CMND or passport number.")
    String documentNumber;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "HoTen, e.g. \"Nguyễn Lê Khả Hân\".")
    String name;

    @Option(names = "--dob", required = true, paramLabel = "YYYY-MM-DD", description = "NgaySinh; 00 for an unknown month or day.")
    String birthDate;

    @Option(names = "--qid", required = true, paramLabel = "QID", description = "The person's 18-digit QID.")
    String qid;

    @Option(names = "--type", paramLabel = "0|1", description = "LoaiDinhDanh: 0 self (default), 1 declared on the person's behalf.")
    Character type;

    @Option(names = "--on-behalf", paramLabel = "QID", description = "QIDNguoiKhaiHo: the declarer's QID (implies --type 1).")
    String declaredBy;

    @Option(names = "--gender", paramLabel = "0|1|2", defaultValue = "0", description = "GioiTinh: 0 not stated, 1 male, 2 female.")
    char gender;

    @Option(names = "--bhyt", paramLabel = "X", description = "SoBHYT: health-insurance number (2 letters, 13 digits).")
    String insuranceNumber;

    @Option(names = "--phone", paramLabel = "P", description = "SoDienThoai: mobile number (10 digits, starting with 0).")
    String phone;

    @Option(names = "--form", paramLabel = "full|masked", defaultValue = "masked",
            description = "The display form to sign (default: ${DEFAULT-VALUE}).")
    String form;

    @Option(names = "--json", description = "Print one JSON object instead of the bare QR text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PersonalQrContent content = content();
        QrForm qrForm = switch (form) {
            case "full" -> QrForm.FULL;
            case "masked" -> QrForm.MASKED;
            default -> throw new ParameterException(spec.commandLine(), "--form is full or masked, not " + form);
        };
        InMemorySigner signer = KeyDirectory.load(keyDirectory);
        String text = content.sign(qrForm, signer);
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("text", text);
            fields.put("form", qrForm.name());
            fields.put("keyId", signer.keyId());
            Output.print(spec.commandLine().getOut(), fields, true);
        } else {
            spec.commandLine().getOut().println(text);
        }
        return 0;
    }

    private PersonalQrContent content() {
        boolean onBehalf = declaredBy != null;
        if (type != null && type != '0' && type != '1') {
            throw new ParameterException(spec.commandLine(), "--type is 0 or 1, not " + type);
        }
        if (type != null && (type == '1') != onBehalf) {
            throw new ParameterException(spec.commandLine(),
                    onBehalf ? "--on-behalf needs --type 1 (or no --type)" : "--type 1 needs --on-behalf QID");
        }
        Gender genderValue = Gender.fromCode(gender);
        if (genderValue == null) {
            throw new ParameterException(spec.commandLine(), "--gender is 0, 1 or 2, not " + gender);
        }
        try {
            return PersonalQrContent.of(DocumentNumber.parse(documentNumber), name, BirthDate.parse(birthDate),
                    Qid.parse(qid, "QID"), onBehalf ? Qid.parse(declaredBy, "QIDNguoiKhaiHo") : null, genderValue,
                    insuranceNumber, phone);
        } catch (QrFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "cannot sign: " + e.field() + " " + e.problem() + " — " + e.detail());
        }
    }
}
