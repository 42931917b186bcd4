package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.report.pdf.Letter;
import dk.praksis.text.DanishDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The indkaldelsesbrev for one kommune: a Markdown template (the board's own, or the standard text) with
 * its fields filled in, and the list of cases to send where the template says {@code {sager}}.
 */
public final class CallInLetter {

    /** The fields a template may use, with what they become. */
    public static final List<String> FIELDS = List.of("kommune", "antal", "frist", "afsender", "titel", "frø", "sager");

    private static final Pattern FIELD = Pattern.compile("\\{([^{}\\s]{1,40})}");
    private static final String CASES = "{sager}";
    private static final List<Float> WIDTHS = List.of(0.5f, 2f, 1.6f, 1.2f);

    /** The standard text, used when the sample file names no template. */
    public static final String STANDARD = """
            # Indkaldelse af sager

            {afsender} gennemfører {titel}. Som en del af undersøgelsen beder vi {kommune} Kommune om at sende \
            de {antal} sager, der står nedenfor.

            Sagerne er udtrukket tilfældigt blandt kommunens sager. Udtrækket kan gentages af enhver ud fra \
            populationslisten og frøet {frø}.

            {sager}

            Send sagerne senest {frist}. Send hele sagen, som den forelå, da afgørelsen blev truffet, med de \
            dokumenter, afgørelsen bygger på.

            Kan en sag ikke sendes, eller er den ikke en sag af den efterspurgte type, så skriv hvorfor. Vi \
            erstatter den da med den næste sag på vores reserveliste.
            """;

    private CallInLetter() {
    }

    /**
     * @param template     Markdown text
     * @param templateName the template's file name, for messages
     * @throws InvalidInputException when the template uses a field that does not exist (file:line)
     */
    public static Letter of(Draw draw, Kommune kommune, List<DrawCell> cells, String template, String templateName) {
        SamplePlan plan = draw.plan();
        int count = cells.stream().mapToInt(c -> c.drawn().size()).sum();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kommune", kommune.navn());
        values.put("antal", String.valueOf(count));
        values.put("frist", plan.deadline() == null ? "hurtigst muligt" : DanishDate.prose(plan.deadline()));
        values.put("afsender", plan.sender() == null ? "Vi" : plan.sender());
        values.put("titel", plan.title() == null ? "en praksisundersøgelse" : lowerFirst(plan.title()));
        values.put("frø", String.valueOf(draw.seed()));
        String text = fill(template, values, templateName);
        Node doc = Parser.builder().build().parse(text);
        List<Letter.Block> blocks = new ArrayList<>();
        String title = "Indkaldelse af sager";
        boolean first = true;
        boolean listed = false;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (first && h.getLevel() == 1) {
                    title = plain(h);
                } else {
                    blocks.add(new Letter.Heading(plain(h)));
                }
            } else if (n instanceof Paragraph p) {
                String s = plain(p);
                if (s.strip().equals(CASES)) {
                    blocks.add(table(cells));
                    listed = true;
                } else {
                    blocks.add(new Letter.Text(s));
                }
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                List<String> items = new ArrayList<>();
                for (Node i = n.getFirstChild(); i != null; i = i.getNext()) {
                    if (i instanceof ListItem) {
                        items.add(plain(i));
                    }
                }
                blocks.add(new Letter.Items(items));
            }
            first = false;
        }
        if (!listed) {
            blocks.add(table(cells));
        }
        LocalDate meta = plan.letterDate() != null ? plan.letterDate() : plan.deadline() != null ? plan.deadline()
                : LocalDate.of(2000, 1, 1);
        return new Letter(title, plan.sender(), kommune.navn() + " Kommune", plan.letterDate(), blocks, meta);
    }

    private static Letter.Table table(List<DrawCell> cells) {
        List<SampleList.Row> rows = SampleList.rows(cells, List.of()).stream().filter(r -> r.role().equals(SampleList.DRAWN))
                .toList();
        boolean types = rows.stream().anyMatch(r -> r.caseType() != null);
        boolean dates = rows.stream().anyMatch(r -> r.date() != null);
        List<String> headers = new ArrayList<>(List.of("Nr.", "Reference"));
        if (types) {
            headers.add("Sagstype");
        }
        if (dates) {
            headers.add("Afgørelse");
        }
        List<List<String>> out = new ArrayList<>();
        for (SampleList.Row r : rows) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.nr()), r.reference()));
            if (types) {
                row.add(r.caseType() == null ? "" : r.caseType());
            }
            if (dates) {
                row.add(r.date() == null ? "" : DanishDate.numeric(r.date()));
            }
            out.add(row);
        }
        return new Letter.Table(headers, out, headers.size(), WIDTHS.subList(0, headers.size()));
    }

    /** The template with every {field} replaced; {sager} stays for the table. */
    static String fill(String template, Map<String, String> values, String templateName) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = template.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FIELD.matcher(lines[i]);
            StringBuilder line = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = name.equals("sager") ? CASES : values.get(name);
                if (value == null) {
                    problems.add(new Problem(templateName + ":" + (i + 1) + ":" + (m.start() + 1), null, "ukendt felt {"
                            + (name.matches("[\\p{L}_]{1,20}") ? name : "…") + "}; brevskabelonen kan bruge "
                            + String.join(", ", FIELDS.stream().map(f -> "{" + f + "}").toList())));
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

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
