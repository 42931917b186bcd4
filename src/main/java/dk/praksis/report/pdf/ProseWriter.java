package dk.praksis.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Section;
import dk.praksis.boardtext.Block;
import dk.praksis.boardtext.Prose;
import dk.praksis.boardtext.Span;
import java.util.List;

/**
 * Typesets the board's text ({@link Prose}) in the house style: level 1 and 2 headings become sections
 * (bookmarks) of the chapter they stand in, deeper ones bold headings; paragraphs, lists, quotations,
 * emphasis; a cited case becomes an {@link ExampleBox}.
 */
final class ProseWriter {

    private final ReportDocument doc;
    private final HouseStyle style;
    private final ExampleBox examples;

    ProseWriter(ReportDocument doc, ExampleBox examples) {
        this.doc = doc;
        this.style = doc.style;
        this.examples = examples;
    }

    /** Adds the text to {@code into}; a null text adds nothing. */
    void add(Section into, Prose prose) {
        if (prose == null) {
            return;
        }
        Section current = into;
        for (Block b : prose.blocks()) {
            if (b instanceof Block.Heading h && h.level() <= 2 && into.getDepth() < MAX_LEVEL) {
                current = doc.section(into, plain(h.spans()));
            } else if (b instanceof Block.Heading h) {
                current.add(heading(h, Math.min(current.getDepth() + 1, MAX_LEVEL)));
            } else {
                current.add(element(b, 0));
            }
        }
    }

    /** The deepest heading level the reports tag (H3). */
    private static final int MAX_LEVEL = 3;

    /** A heading below the text's sections: bold body text, tagged one level below where it stands. */
    private Paragraph heading(Block.Heading h, int level) {
        Heading p = new Heading("", style.bodyBold, level);
        h.spans().forEach(s -> p.add(new Chunk(Fmt.keep(s.text()), style.bodyBold)));
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        p.setKeepTogether(true);
        return p;
    }

    private com.lowagie.text.Element element(Block b, int depth) {
        if (b instanceof Block.Heading h) {
            return phrase(h.spans(), style.bodyBold); // a heading inside a list or quotation: bold text
        }
        if (b instanceof Block.Paragraph p) {
            return paragraph(p.spans());
        }
        if (b instanceof Block.ItemList l) {
            return list(l, depth);
        }
        if (b instanceof Block.Quote q) {
            Paragraph p = new Paragraph();
            p.setIndentationLeft(18);
            for (Block inner : q.blocks()) {
                p.add(element(inner, depth));
            }
            return p;
        }
        return examples.box(((Block.Example) b).caseId());
    }

    private Paragraph paragraph(List<Span> spans) {
        Paragraph p = phrase(spans, style.body);
        p.setLeading(14);
        p.setSpacingAfter(6);
        return p;
    }

    private Paragraph phrase(List<Span> spans, Font base) {
        Paragraph p = new Paragraph();
        p.setFont(base);
        for (Span s : spans) {
            p.add(new Chunk(Fmt.keep(s.text()), font(s, base)));
        }
        return p;
    }

    private Font font(Span s, Font base) {
        if (s.strong() || base == style.bodyBold) {
            return style.bodyBold;
        }
        return s.emphasis() ? style.bodyItalic : base;
    }

    private com.lowagie.text.List list(Block.ItemList l, int depth) {
        com.lowagie.text.List list = new com.lowagie.text.List(l.ordered(), 14);
        if (l.ordered()) {
            list.setFirst(l.start());
        } else {
            list.setListSymbol(new Chunk(depth == 0 ? "•" : "–", style.body));
        }
        list.setIndentationLeft(depth == 0 ? 4 : 14);
        for (List<Block> item : l.items()) {
            ListItem li = new ListItem();
            li.setLeading(14);
            li.setFont(style.body);
            boolean first = true;
            for (Block inner : item) {
                if (inner instanceof Block.Paragraph p) {
                    if (!first) {
                        li.add(Chunk.NEWLINE);
                    }
                    p.spans().forEach(s -> li.add(new Chunk(Fmt.keep(s.text()), font(s, style.body))));
                } else {
                    li.add(element(inner, depth + 1));
                }
                first = false;
            }
            list.add(li);
        }
        if (depth == 0 && !list.isEmpty()) {
            ((ListItem) list.getItems().get(list.size() - 1)).setSpacingAfter(6); // as after a paragraph
        }
        return list;
    }

    private static String plain(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

}
