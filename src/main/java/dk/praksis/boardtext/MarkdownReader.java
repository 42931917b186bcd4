package dk.praksis.boardtext;

import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.errors.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns one Markdown text into {@link Prose} with CommonMark: headings, paragraphs, bulleted and numbered
 * lists, quotations, *emphasis* and **strong**. A citation {@code [[sag ID]]} becomes an
 * {@link Block.Example} after the paragraph it stands in. Every text passes the personal-data detector;
 * HTML and images are refused (a report is typeset, not a web page). Problems name file:line:column and
 * never quote the text.
 */
final class MarkdownReader {

    /** {@code [[ ... ]]}: anything in double brackets is meant as a citation. */
    private static final Pattern BRACKETS = Pattern.compile("\\[\\[([^\\[\\]]*)]]");
    private static final Pattern CITATION = Pattern.compile("(?iu)\\s*sag\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*)\\s*");

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final String source;
    private final PersonalDataDetector detector;
    private final boolean mask;
    final List<Problem> invalid = new ArrayList<>();
    final List<Problem> personal = new ArrayList<>();

    /**
     * @param source the file as messages name it
     * @param mask   replace personal data instead of reporting it
     */
    MarkdownReader(String source, PersonalDataDetector detector, boolean mask) {
        this.source = source;
        this.detector = detector;
        this.mask = mask;
    }

    Prose read(String markdown) {
        Node document = PARSER.parse(markdown.replace("\uFEFF", ""));
        return new Prose(source, blocks(document));
    }

    private List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
        return out;
    }

    private void block(Node n, List<Block> out) {
        if (n instanceof Heading h) {
            out.add(new Block.Heading(h.getLevel(), spans(h, false, false)));
        } else if (n instanceof org.commonmark.node.Paragraph p) {
            paragraph(p, out);
        } else if (n instanceof BulletList l) {
            out.add(new Block.ItemList(false, 1, items(l)));
        } else if (n instanceof OrderedList l) {
            Integer start = l.getMarkerStartNumber();
            out.add(new Block.ItemList(true, start == null ? 1 : start, items(l)));
        } else if (n instanceof BlockQuote q) {
            out.add(new Block.Quote(blocks(q)));
        } else if (n instanceof FencedCodeBlock c) {
            out.add(new Block.Paragraph(List.of(Span.plain(checked(c, c.getLiteral().strip())))));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(new Block.Paragraph(List.of(Span.plain(checked(c, c.getLiteral().strip())))));
        } else if (n instanceof HtmlBlock) {
            invalid(n, "HTML kan ikke bruges i rapportens tekst; skriv almindelig Markdown");
        } else if (!(n instanceof ThematicBreak) && !(n instanceof LinkReferenceDefinition)) {
            out.addAll(blocks(n));
        }
    }

    private List<List<Block>> items(Node list) {
        List<List<Block>> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem) {
                items.add(blocks(n));
            }
        }
        return items;
    }

    /** A paragraph; the citations in it become Example blocks after whatever text remains. */
    private void paragraph(org.commonmark.node.Paragraph p, List<Block> out) {
        List<Block.Example> examples = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        inline(p, false, false, spans, examples);
        List<Span> text = trimmed(spans);
        if (!text.isEmpty()) {
            out.add(new Block.Paragraph(text));
        }
        out.addAll(examples);
    }

    private List<Span> spans(Node parent, boolean em, boolean strong) {
        List<Span> spans = new ArrayList<>();
        List<Block.Example> examples = new ArrayList<>();
        inline(parent, em, strong, spans, examples);
        if (!examples.isEmpty()) {
            invalid(parent, "en henvisning til en sag kan ikke stå i en overskrift; skriv den i sit eget afsnit");
        }
        return trimmed(spans);
    }

    private void inline(Node parent, boolean em, boolean strong, List<Span> spans, List<Block.Example> examples) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text(t, em, strong, spans, examples);
            } else if (n instanceof Emphasis) {
                inline(n, true, strong, spans, examples);
            } else if (n instanceof StrongEmphasis) {
                inline(n, em, true, spans, examples);
            } else if (n instanceof Code c) {
                spans.add(new Span(checked(c, c.getLiteral()), em, strong));
            } else if (n instanceof SoftLineBreak) {
                spans.add(new Span(" ", em, strong));
            } else if (n instanceof HardLineBreak) {
                spans.add(new Span("\n", em, strong));
            } else if (n instanceof Link l) {
                inline(l, em, strong, spans, examples);
                spans.add(new Span(" (" + checked(l, l.getDestination()) + ")", em, strong));
            } else if (n instanceof Image) {
                invalid(n, "billeder kan ikke bruges i rapportens tekst");
            } else if (n instanceof HtmlInline) {
                invalid(n, "HTML kan ikke bruges i rapportens tekst; skriv almindelig Markdown");
            } else {
                inline(n, em, strong, spans, examples);
            }
        }
    }

    private void text(Text t, boolean em, boolean strong, List<Span> spans, List<Block.Example> examples) {
        String literal = t.getLiteral();
        Matcher m = BRACKETS.matcher(literal);
        int from = 0;
        while (m.find()) {
            spans.add(new Span(checked(t, literal.substring(from, m.start())), em, strong));
            Matcher c = CITATION.matcher(m.group(1));
            if (c.matches()) {
                examples.add(new Block.Example(c.group(1), where(t)));
            } else {
                invalid(t, "en henvisning til en sag skrives [[sag SAGSNUMMER]], fx [[sag SYD11-0897]]");
            }
            from = m.end();
        }
        spans.add(new Span(checked(t, literal.substring(from)), em, strong));
    }

    /** The text, or the text masked when personal data is found and masking was asked for. */
    private String checked(Node n, String text) {
        List<PersonalDataDetector.Finding> found = detector.find(text);
        if (found.isEmpty()) {
            return text;
        }
        if (!mask) {
            found.stream().map(PersonalDataDetector.Finding::kind).distinct().forEach(kind ->
                    personal.add(new Problem(where(n), null, "teksten indeholder " + kind.withArticle()
                            + "; fjern det fra filen, eller kør med --masker for at erstatte det med \"" + kind.mask()
                            + "\"")));
            return text;
        }
        return detector.mask(text, found);
    }

    private void invalid(Node n, String message) {
        invalid.add(new Problem(where(n), null, message));
    }

    /** "tekst/forord.md:12:3" (CommonMark counts from 0). */
    private String where(Node n) {
        var spans = n.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return source;
        }
        return source + ":" + (spans.get(0).getLineIndex() + 1) + ":" + (spans.get(0).getColumnIndex() + 1);
    }

    /** Drops empty spans and the white space a removed citation leaves at the ends. */
    private static List<Span> trimmed(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.stream().filter(s -> !s.text().isEmpty()).toList());
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            Span first = out.get(0);
            out.set(0, new Span(first.text().stripLeading(), first.emphasis(), first.strong()));
            Span last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Span(last.text().stripTrailing(), last.emphasis(), last.strong()));
        }
        return out;
    }
}
