package dk.praksis.cases.tables;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;

/**
 * Why a workbook could not be opened, told so the user knows what to do: POI reports an empty file,
 * a password, an old .xls, a cut-off copy and a zip bomb with exceptions whose messages are English
 * and may quote the file's inner names, so none of them is shown.
 */
final class UnreadableWorkbook {

    private UnreadableWorkbook() {
    }

    /** The Danish sentence for {@code failure}, without any of its message. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EmptyFileException) {
                return "filen er tom (0 byte); gem arbejdsbogen igen fra Excel";
            }
            if (t instanceof EncryptedDocumentException || t instanceof OLE2NotOfficeXmlFileException) {
                return "filen er ikke en .xlsx-arbejdsbog, men en krypteret (adgangskodebeskyttet) arbejdsbog eller"
                        + " en gammel .xls; fjern adgangskoden, og gem den som Excel-arbejdsbog (.xlsx)";
            }
            if (t instanceof ODFNotOfficeXmlFileException) {
                return "filen er et OpenDocument-regneark (.ods), ikke en Excel-arbejdsbog; gem den som .xlsx";
            }
            if (isZipBomb(t)) {
                return "filen pakker sig ud til langt mere, end en arbejdsbog med sager fylder (mistanke om en"
                        + " såkaldt zip-bombe), så den læses ikke; åbn den i Excel, og gem den igen som .xlsx, eller del"
                        + " sagerne i flere arbejdsbøger";
            }
        }
        return "filen kan ikke læses som Excel-arbejdsbog (.xlsx): den er ufuldstændig (fx en kopi, der blev"
                + " afbrudt) eller ikke en arbejdsbog; gem den igen fra Excel";
    }

    /** POI's only sign of its zip-bomb guard is the message of a plain IOException. */
    private static boolean isZipBomb(Throwable t) {
        String m = t.getMessage();
        return m != null && (m.startsWith("Zip bomb detected") || m.contains("potentially malicious"));
    }
}
