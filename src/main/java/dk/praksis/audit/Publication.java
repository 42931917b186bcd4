package dk.praksis.audit;

import dk.praksis.boardtext.BoardTextFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the audit file says about publishing the reports, beyond the audit itself.
 *
 * @param text          the board's Markdown files ({@code tekst:})
 * @param earlier       results files or output folders of earlier audits to follow up on ({@code tidligere:})
 * @param published     the publication date ({@code udgivet:}), the PDFs' date; null: the as-of date
 * @param contact       whom to contact ({@code kontakt:}), or null
 * @param journalNumber the board's journal number ({@code journalnummer:}), or null
 * @param isbn          optional ISBN of the published report, or null
 */
public record Publication(BoardTextFiles text, List<Path> earlier, LocalDate published, String contact,
                          String journalNumber, String isbn) {

    public static final Publication NONE = new Publication(BoardTextFiles.NONE, List.of(), null, null, null, null);

    public Publication {
        text = text == null ? BoardTextFiles.NONE : text;
        earlier = List.copyOf(earlier);
    }
}
