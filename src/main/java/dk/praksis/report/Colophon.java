package dk.praksis.report;

import java.time.LocalDate;

/**
 * What a published report says about itself (kolofon), from the audit file. Every part may be null.
 *
 * @param published the publication date; the PDFs carry it as their date (else the as-of date), so reruns give
 *                  the same bytes
 * @param contact   whom a reader contacts about the report
 * @param journalNumber the board's journal number (j.nr.)
 * @param isbn      the report's ISBN, when it has one
 */
public record Colophon(LocalDate published, String contact, String journalNumber, String isbn) {

    public static final Colophon NONE = new Colophon(null, null, null, null);

    /** The date the report's files carry: the publication date, else the audit's as-of date. */
    public LocalDate dateOr(LocalDate asOf) {
        return published != null ? published : asOf;
    }
}
