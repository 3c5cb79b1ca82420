package vn.qrqg.identity;

import java.io.Reader;

/**
 * Loads people into the reference registry from CSV (docs/registry.md): the header
 * {@code document_number,full_name,date_of_birth,gender} in any order, optionally with
 * {@code old_document_number,phone,insurance_number,commune_code,address}. Each row is checked
 * with the codec; bad rows are reported by line with the reason and never stop the import;
 * a document number already registered is updated.
 */
public interface RegistryImport {

    /**
     * @throws RegistryImportException when the header is missing or wrong, or the input cannot be read
     *         (rows before the failure stay imported)
     */
    ImportReport importCsv(Reader csv);
}
