/**
 * Printable pages with Apache PDFBox, shared by the venue poster and the citizen's card: a QR
 * drawn as vector squares at an exact printed size ({@link vn.qrqg.platform.pdf.PdfQr}), and text
 * in an embedded font with every Vietnamese letter ({@link vn.qrqg.platform.pdf.PdfText}).
 */
@NamedInterface("pdf")
package vn.qrqg.platform.pdf;

import org.springframework.modulith.NamedInterface;
