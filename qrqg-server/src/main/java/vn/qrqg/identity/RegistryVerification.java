package vn.qrqg.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.personal.VietnameseNames;

/**
 * Checks what a person declared against the population registry (DOMAIN.md, "Issuing a
 * personal QR", step 2): the name ignoring case, diacritics and extra spaces; the document
 * number and the date of birth exactly, so a registry date with unknown parts
 * ({@code 1950-00-00}) matches only the same declared text; the gender only when declared.
 * A CCCD card's printed name and birth date are compared the same way ({@link #matchesCard}):
 * the one place where what someone typed is held against the registry's person.
 */
@Service
public class RegistryVerification {

    private final PopulationRegistry registry;

    public RegistryVerification(PopulationRegistry registry) {
        this.registry = registry;
    }

    /**
     * @return the registered person the declaration matches
     * @throws vn.qrqg.platform.web.InvalidFieldException when a field is missing or malformed
     *         ({@link DeclarationFormats}): the registry is not asked then
     * @throws DeclarationMismatchException naming the fields that did not match, never the registry's values
     * @throws RegistryUnavailableException when the registry cannot answer
     */
    public RegisteredPerson verify(Declaration declaration) {
        DeclarationFormats.check(declaration);
        String documentNumber = declaration.documentNumber() == null ? "" : declaration.documentNumber().strip();
        RegisteredPerson person = documentNumber.isEmpty() ? null
                : registry.findByDocumentNumber(documentNumber).orElse(null);
        if (person == null) {
            throw new DeclarationMismatchException(List.of(DeclarationMismatchException.DOCUMENT_NUMBER));
        }
        List<String> mismatched = new ArrayList<>(3);
        if (!sameName(person, declaration.fullName())) {
            mismatched.add(DeclarationMismatchException.FULL_NAME);
        }
        if (!person.birthDate().equals(parseOrNull(declaration.dateOfBirth()))) {
            mismatched.add(DeclarationMismatchException.DATE_OF_BIRTH);
        }
        if (gendersDiffer(declaration.gender(), person.gender())) {
            mismatched.add(DeclarationMismatchException.GENDER);
        }
        if (!mismatched.isEmpty()) {
            throw new DeclarationMismatchException(mismatched);
        }
        return person;
    }

    /**
     * Whether a CCCD card (FORMATS.md §3: unsigned, so anyone can type one) is this registered
     * person's by what it prints: the name as {@link #verify} compares a declared one, and the
     * birth date exactly. The card always prints a full date, so a registry date with unknown parts
     * ({@code 1950-00-00}) matches no card. Pure: the caller found {@code person} by the card's number.
     */
    public static boolean matchesCard(RegisteredPerson person, String printedName, LocalDate printedBirthDate) {
        BirthDate registered = person.birthDate();
        return sameName(person, printedName) && printedBirthDate != null && registered.isComplete()
                && registered.year() == printedBirthDate.getYear()
                && registered.month() == printedBirthDate.getMonthValue()
                && registered.day() == printedBirthDate.getDayOfMonth();
    }

    /** The name ignoring case, diacritics and extra spaces; a missing one matches nobody. */
    private static boolean sameName(RegisteredPerson person, String name) {
        return name != null && VietnameseNames.sameName(name, person.fullName());
    }

    private static BirthDate parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return BirthDate.parse(text.strip());
        } catch (QrFormatException e) {
            return null;
        }
    }

    /** Only a stated gender can contradict: an undeclared one, or one the registry lacks, cannot. */
    private static boolean gendersDiffer(Gender declared, Gender registered) {
        return declared != null && declared != Gender.NOT_STATED && registered != Gender.NOT_STATED
                && declared != registered;
    }
}
