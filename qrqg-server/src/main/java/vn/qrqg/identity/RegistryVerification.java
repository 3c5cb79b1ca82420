package vn.qrqg.identity;

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
 */
@Service
public class RegistryVerification {

    private final PopulationRegistry registry;

    public RegistryVerification(PopulationRegistry registry) {
        this.registry = registry;
    }

    /**
     * @return the registered person the declaration matches
     * @throws DeclarationMismatchException naming the fields that did not match, never the registry's values
     * @throws RegistryUnavailableException when the registry cannot answer
     */
    public RegisteredPerson verify(Declaration declaration) {
        String documentNumber = declaration.documentNumber() == null ? "" : declaration.documentNumber().strip();
        RegisteredPerson person = documentNumber.isEmpty() ? null
                : registry.findByDocumentNumber(documentNumber).orElse(null);
        if (person == null) {
            throw new DeclarationMismatchException(List.of(DeclarationMismatchException.DOCUMENT_NUMBER));
        }
        List<String> mismatched = new ArrayList<>(3);
        if (declaration.fullName() == null || !VietnameseNames.sameName(declaration.fullName(), person.fullName())) {
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
