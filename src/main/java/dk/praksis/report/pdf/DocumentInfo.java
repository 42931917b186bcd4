package dk.praksis.report.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a PDF says about itself (its Info dictionary and XMP).
 *
 * @param author the sender (afsender) of the audit
 * @param date   used as creation and modification date, so reruns give the same bytes
 * @param draft  a draft for høring: every page carries the watermark "Udkast – til høring"
 */
record DocumentInfo(String title, String author, String subject, String keywords, LocalDate date, boolean draft) {

    static final String LANGUAGE = "da-DK";

    DocumentInfo {
        Objects.requireNonNull(title);
        Objects.requireNonNull(date);
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? "" : keywords;
    }

    /** A final document. */
    DocumentInfo(String title, String author, String subject, String keywords, LocalDate date) {
        this(title, author, subject, keywords, date, false);
    }
}
