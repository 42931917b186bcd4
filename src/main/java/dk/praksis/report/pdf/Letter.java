package dk.praksis.report.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter: sender, recipient, date, a title, and body blocks, one of which may be a table (the list of
 * cases a kommune is asked to send, in an indkaldelsesbrev).
 *
 * @param date     the letter's date, or null for an undated letter
 * @param metaDate the date the PDF's metadata carries (never "now", so reruns give the same bytes)
 */
public record Letter(String title, String sender, String recipient, LocalDate date, List<Block> body,
                     LocalDate metaDate) {

    public Letter {
        body = List.copyOf(body);
    }

    /** A part of the letter's body. */
    public sealed interface Block {
    }

    public record Heading(String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    public record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with a header row; the first {@code textColumns} columns are left-aligned text.
     *
     * @param widths relative column widths, one per header
     */
    public record Table(List<String> headers, List<List<String>> rows, int textColumns, List<Float> widths)
            implements Block {
        public Table {
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException("one width per column");
            }
            widths = List.copyOf(widths);
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
