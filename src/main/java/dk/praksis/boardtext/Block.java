package dk.praksis.boardtext;

import java.util.List;

/** One block of the board's text, in reading order. */
public sealed interface Block {

    /** A heading; level 1 is the highest inside the text's own chapter. */
    record Heading(int level, List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }
    }

    /** A paragraph of text. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A bulleted or numbered list; each item is a list of blocks (usually one paragraph). */
    record ItemList(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A quotation ("> ..."), set indented. */
    record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A citation of a case ({@code [[sag SYD11-0897]]}): the report shows the case as an Eksempel box.
     *
     * @param where file:line of the citation, for messages
     */
    record Example(String caseId, String where) implements Block {
    }
}
