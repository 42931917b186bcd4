package dk.praksis.hoering;

import dk.praksis.audit.Hearing;
import dk.praksis.report.AuditReport;
import dk.praksis.report.UnitReport;
import dk.praksis.report.pdf.Letter;
import dk.praksis.report.pdf.LetterTemplate;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishLetters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The høring letter to one kommune: the board's template (or the standard text) with its fields filled in. */
final class HearingLetter {

    /** The standard text, used when the audit file names no template ({@code høring: {brev: ...}}). */
    static final String STANDARD = """
            # Høring over udkast til resultater

            {afsender} har gennemført {titel}. Vi sender hermed udkastet til {kommune} Kommunes resultater i \
            høring. Udkastet bygger på de {antal} sager fra kommunen, der indgår i undersøgelsen.

            Med brevet følger:

            {bilag}

            Vi beder kommunen se udkastet igennem, særligt sagsoversigten. Mener kommunen, at et svar i en sag \
            eller sagens samlede vurdering er forkert, fx fordi et dokument i sagen ikke indgik i bedømmelsen, så \
            skriv det i rettelsesarket: én række pr. svar med sagens id, spørgsmålets id (eller samlet for den \
            samlede vurdering), det svar, kommunen mener er det rigtige, og en begrundelse. Skriv ikke navne, \
            CPR-numre eller andre personoplysninger i rettelsesarket.

            Send bemærkningerne senest {frist}. Vi gennemgår dem og retter de svar, vi er enige i. Den endelige \
            rapport oplyser, hvilke svar der er rettet efter høringen, og hvem der bad om det.

            Udkastet er ikke den endelige rapport og må ikke citeres som sådan.
            """;

    private HearingLetter() {
    }

    /**
     * @param attachments the files of the kommune's høring package, as the letter lists them
     */
    static Letter of(AuditReport report, UnitReport kommune, Hearing hearing, List<String> attachments,
                     String template, String templateName) {
        var info = report.info();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kommune", kommune.kommune().navn());
        values.put("antal", String.valueOf(kommune.cases().size()));
        values.put("frist", hearing.deadline() == null ? "hurtigst muligt" : DanishDate.prose(hearing.deadline()));
        values.put("afsender", info.sender() == null ? "Vi" : info.sender());
        values.put("titel", DanishLetters.lowerFirst(info.title()));
        LetterTemplate.Body body = LetterTemplate.render(template, values,
                Map.of("bilag", new Letter.Items(attachments)), "Høring over udkast til resultater", templateName);
        LocalDate meta = hearing.letterDate() != null ? hearing.letterDate()
                : hearing.deadline() != null ? hearing.deadline() : report.date();
        return new Letter(body.title(), info.sender(), kommune.kommune().navn() + " Kommune", hearing.letterDate(),
                body.blocks(), meta);
    }
}
