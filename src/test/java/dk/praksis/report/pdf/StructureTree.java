package dk.praksis.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree read back with PDFBox, in reading order (depth first): each element
 * with its type, the text of its own marked content, its alternative text, its table scope, and
 * where its text starts on the page (to compare the reading order with the visual order).
 */
final class StructureTree implements AutoCloseable {

    /**
     * One structure element; {@code text} is its own marked content's, {@code page} (0-based) and
     * {@code top} (growing down the page) where its subtree's text starts (-1 and NaN when it has none):
     * its first page, and the highest text on that page.
     */
    record Node(String type, int depth, String text, String alt, String scope, int page, double top) {
    }

    private final PDDocument pdf;
    private final Map<PDPage, Map<Integer, List<TextPosition>>> content = new HashMap<>();
    final List<Node> nodes = new ArrayList<>();

    StructureTree(byte[] bytes) {
        try {
            pdf = Loader.loadPDF(bytes);
            var root = pdf.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    if (kid instanceof PDStructureElement e) {
                        walk(e, 0, null);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Node> ofType(String type) {
        return nodes.stream().filter(n -> n.type().equals(type)).toList();
    }

    /** Headings as "H2 Indhold", in reading order. */
    List<String> headings() {
        return nodes.stream().filter(n -> n.type().matches("H[1-6]")).map(n -> n.type() + " " + n.text()).toList();
    }

    /** Adds {@code e} and its subtree; returns where the subtree's text starts (page -1 when it has none). */
    private Node walk(PDStructureElement e, int depth, PDPage inherited) throws IOException {
        PDPage page = e.getPage() != null ? e.getPage() : inherited;
        List<TextPosition> text = new ArrayList<>();
        List<PDStructureElement> children = new ArrayList<>();
        PDPage textPage = null;
        for (Object kid : e.getKids()) {
            List<TextPosition> marked = List.of();
            PDPage on = page;
            if (kid instanceof Integer mcid) {
                marked = marked(page, mcid);
            } else if (kid instanceof PDMarkedContentReference ref) {
                on = ref.getPage() != null ? ref.getPage() : page;
                marked = marked(on, ref.getMCID());
            } else if (kid instanceof PDStructureElement child) {
                children.add(child);
            }
            if (textPage == null && !marked.isEmpty()) {
                textPage = on;
            }
            text.addAll(marked);
        }
        StringBuilder s = new StringBuilder();
        text.forEach(t -> s.append(t.getUnicode()));
        String scope = null;
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            PDAttributeObject a = attributes.getObject(i);
            if (a instanceof PDTableAttributeObject table && table.getScope() != null) {
                scope = table.getScope();
            }
        }
        String alt = e.getAlternateDescription() == null ? null : e.getAlternateDescription().replace('\u00A0', ' ');
        int index = nodes.size();
        nodes.add(null);
        int startPage = text.isEmpty() ? -1 : pdf.getPages().indexOf(textPage);
        double top = text.isEmpty() ? Double.NaN : text.get(0).getYDirAdj();
        for (PDStructureElement child : children) {
            Node start = walk(child, depth + 1, page);
            if (startPage < 0 && start.page() >= 0) {
                startPage = start.page();
                top = start.top();
            } else if (start.page() == startPage) {
                top = Math.min(top, start.top()); // e.g. a header row whose first cell spans two rows
            }
        }
        Node node = new Node(e.getStructureType(), depth, s.toString().replace('\u00A0', ' ').strip(), alt, scope,
                startPage, top);
        nodes.set(index, node);
        return node;
    }

    private List<TextPosition> marked(PDPage page, int mcid) throws IOException {
        if (!content.containsKey(page)) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, List<TextPosition>> byId = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                collect(mc, byId);
            }
            content.put(page, byId);
        }
        return content.get(page).getOrDefault(mcid, List.of());
    }

    private static void collect(PDMarkedContent mc, Map<Integer, List<TextPosition>> byId) {
        List<TextPosition> text = byId.computeIfAbsent(mc.getMCID(), id -> new ArrayList<>());
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                text.add(t);
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, byId);
            }
        }
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
