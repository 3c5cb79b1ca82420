/**
 * CSV files as the platform reads them ({@link vn.qrqg.platform.csv.CsvReader}): RFC 4180, one
 * record at a time, a malformed record reported with its line and reading resumed on the next,
 * so that one bad row never stops an import (the registry's, health records', social
 * insurance's).
 */
@NamedInterface("csv")
package vn.qrqg.platform.csv;

import org.springframework.modulith.NamedInterface;
