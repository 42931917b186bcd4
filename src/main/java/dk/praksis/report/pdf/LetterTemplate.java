package dk.praksis.report.pdf;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A letter written by the board as a Markdown template with {@code {fields}}: the indkaldelsesbrev and the
 * høringsbrev. A field is replaced by its text; a block field alone on its line (such as {@code {sager}}) is
 * replaced by a block (a table), or the block is added at the end when the template does not place it. A
 * {@code #} heading at the top is the letter's title, {@code ##} gives subheadings and {@code -} bullet lists.
 */
public final class LetterTemplate {

    private static final Pattern FIELD = Pattern.compile("\\{([^{}\\s]{1,40})}");

    private LetterTemplate() {
    }

    /**
     * Reads a template file: UTF-8, with or without BOM, CRLF or LF.
     *
     * @throws InvalidInputException when the file cannot be read
     */
    public static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n")
                    .replace("\uFEFF", "");
        } catch (java.io.IOException e) {
            throw new InvalidInputException(file.toString(), "brevskabelonen kan ikke læses (findes filen?)");
        }
    }

    /** The letter's title and body, before sender, recipient and date are added. */
    public record Body(String title, List<Letter.Block> blocks) {
        public Body {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * @param values       field name to its text, in the order a message lists them
     * @param blocks       block field name to its block, placed where the template has the field on its own line
     * @param defaultTitle the title when the template does not start with a {@code #} heading
     * @param templateName the template's file name (or "standardbrevet"), for messages
     * @throws InvalidInputException naming file:line:column of every field the letter does not have
     */
    public static Body render(String template, Map<String, String> values, Map<String, Letter.Block> blocks,
                              String defaultTitle, String templateName) {
        return parse(fill(template, values, blocks, templateName), blocks, defaultTitle);
    }

    /** The template with every {field} replaced; block fields stay as they are. */
    private static String fill(String template, Map<String, String> values, Map<String, Letter.Block> blocks,
                               String templateName) {
        List<String> known = new ArrayList<>(values.keySet());
        known.addAll(blocks.keySet());
        List<Problem> problems = new ArrayList<>();
        String[] lines = template.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FIELD.matcher(lines[i]);
            StringBuilder line = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = blocks.containsKey(name) ? m.group() : values.get(name);
                if (value == null) {
                    problems.add(new Problem(templateName + ":" + (i + 1) + ":" + (m.start() + 1), null, "ukendt felt {"
                            + (name.matches("[\\p{L}_]{1,20}") ? name : "…") + "}; brevskabelonen kan bruge "
                            + String.join(", ", known.stream().map(f -> "{" + f + "}").toList())));
                    value = m.group();
                }
                m.appendReplacement(line, Matcher.quoteReplacement(value));
            }
            m.appendTail(line);
            out.append(line).append(i + 1 < lines.length ? "\n" : "");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out.toString();
    }

    private static Body parse(String text, Map<String, Letter.Block> blocks, String defaultTitle) {
        Node doc = Parser.builder().build().parse(text);
        List<Letter.Block> body = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        String title = defaultTitle;
        boolean first = true;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (first && h.getLevel() == 1) {
                    title = plain(h);
                } else {
                    body.add(new Letter.Heading(plain(h)));
                }
            } else if (n instanceof Paragraph p) {
                String s = plain(p).strip();
                String field = s.startsWith("{") && s.endsWith("}") ? s.substring(1, s.length() - 1) : null;
                if (field != null && blocks.containsKey(field)) {
                    body.add(blocks.get(field));
                    placed.add(field);
                } else {
                    body.add(new Letter.Text(plain(p)));
                }
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                List<String> items = new ArrayList<>();
                for (Node i = n.getFirstChild(); i != null; i = i.getNext()) {
                    if (i instanceof ListItem) {
                        items.add(plain(i));
                    }
                }
                body.add(new Letter.Items(items));
            }
            first = false;
        }
        blocks.forEach((name, block) -> {
            if (!placed.contains(name)) {
                body.add(block);
            }
        });
        return new Body(title, body);
    }

    /** The text of a node, with line breaks as spaces and emphasis dropped. */
    private static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }
        });
        return sb.toString().strip();
    }
}
