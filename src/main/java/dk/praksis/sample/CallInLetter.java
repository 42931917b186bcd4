package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import dk.praksis.report.pdf.Letter;
import dk.praksis.report.pdf.LetterTemplate;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishLetters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indkaldelsesbrev for one kommune: a Markdown template (the board's own, or the standard text) with
 * its fields filled in, and the list of cases to send where the template says {@code {sager}}
 * ({@link LetterTemplate} does the Markdown).
 */
public final class CallInLetter {

    /** The fields a template may use, with what they become. */
    public static final List<String> FIELDS = List.of("kommune", "antal", "frist", "afsender", "titel", "frø", "sager");

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
        values.put("titel", plan.title() == null ? "en praksisundersøgelse" : DanishLetters.lowerFirst(plan.title()));
        values.put("frø", String.valueOf(draw.seed()));
        LetterTemplate.Body body = LetterTemplate.render(template, values, Map.of("sager", table(cells)),
                "Indkaldelse af sager", templateName);
        LocalDate meta = plan.letterDate() != null ? plan.letterDate() : plan.deadline() != null ? plan.deadline()
                : LocalDate.of(2000, 1, 1);
        return new Letter(body.title(), plan.sender(), kommune.navn() + " Kommune", plan.letterDate(), body.blocks(),
                meta);
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
}
