package dk.praksis.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.checklist.Checklist;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Fixtures;
import dk.praksis.scoring.ItemResult;
import dk.praksis.scoring.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFilesTest {

    private static final AuditInfo AUDIT = new AuditInfo("Praksisundersøgelse 2010", "Beskæftigelsesankenævnet", 2010,
            "1. januar – 30. juni 2010", LocalDate.of(2010, 11, 30), Map.of("575", 40, "492", 12));

    static List<CaseResult> results() {
        CaseResult a = new CaseResult("SYD-2", Fixtures.VEJEN, "revurdering", List.of(
                new ItemResult("RV2", Outcome.IKKE_OPFYLDT,
                        null, "Revurdering 20.11.2009 lå 47 dage efter fristen 04.10.2009.", "formel"),
                new ItemResult("FV3", Outcome.OPFYLDT, "ja", "Bedømmeren har svaret ja.", null),
                new ItemResult("EV1", Outcome.OPTALT, "i høj grad", "Bedømmerens svar: i høj grad.", null)),
                0.5, "formel", "hjemvisning", true, "R1", "Mangler; funktioner");
        CaseResult b = new CaseResult("SYD-1", Fixtures.VEJEN, "bevilling", List.of(
                new ItemResult("VV1", Outcome.OPFYLDT, "ja", "Bedømmeren har svaret ja.", null),
                new ItemResult("RV2", Outcome.IKKE_RELEVANT, null, "Spørgsmålet gælder kun sagstypen revurdering.", null)),
                1.0, Checklist.VERDICT_OK, null, false, null, null);
        CaseResult c = new CaseResult("ÆRØ-1", Fixtures.AERO, "bevilling", List.of(
                new ItemResult("VV1", Outcome.IKKE_RELEVANT, "ikke relevant", "Bedømmeren har svaret ikke relevant.", null)),
                null, Checklist.VERDICT_UNASSESSABLE, null, false, "R2", null);
        return List.of(a, b, c);
    }

    static ResultsFile file() {
        return ResultsBuilder.build(AUDIT, Fixtures.checklist(), results());
    }

    @Test
    void casesAreSortedAndTalliedPerKommune() {
        ResultsFile f = file();
        assertThat(f.format()).isEqualTo("praksis-resultater/1");
        assertThat(f.cases()).extracting(CaseEntry::id).containsExactly("ÆRØ-1", "SYD-1", "SYD-2");
        assertThat(f.items()).extracting(ItemInfo::id)
                .containsExactly("VV1", "VV3", "AP1", "RP1", "RP2", "RV2", "FV3", "EV1");
        assertThat(f.aggregates().kommuner()).extracting(k -> k.kommune().kode()).containsExactly("492", "575");
        Tally total = f.aggregates().total();
        assertThat(total.cases()).isEqualTo(3);
        assertThat(total.verdicts()).containsExactly(Map.entry("hjemvisning", 1), Map.entry("i_overensstemmelse", 1),
                Map.entry("kan_ikke_vurderes", 1));
        assertThat(total.disagreements()).isEqualTo(1);
        assertThat(total.items().get("VV1")).isEqualTo(new Tally.ItemTally(1, 0, 1, Map.of()));
        assertThat(total.items().get("EV1").counted()).containsExactly(Map.entry("i høj grad", 1));
        Tally vejen = f.aggregates().kommuner().get(1).tally();
        assertThat(vejen.cases()).isEqualTo(2);
        assertThat(vejen.items().get("RV2")).isEqualTo(new Tally.ItemTally(0, 1, 1, Map.of()));
        CaseEntry syd2 = f.cases().get(2);
        assertThat(syd2.verdicts()).isEqualTo(new CaseEntry.Verdicts("hjemvisning", "formel", "hjemvisning", true));
        assertThat(syd2.items().get("RV2")).isEqualTo(new CaseEntry.ItemEntry("ikke_opfyldt",
                "Revurdering 20.11.2009 lå 47 dage efter fristen 04.10.2009.", null, "formel"));
    }

    @Test
    void jsonRoundTripsAndIsByteDeterministic(@TempDir Path dir) throws Exception {
        ResultsFile f = file();
        Path p = dir.resolve("resultater.json");
        ResultsJson.write(f, p);
        assertThat(ResultsJson.read(p)).isEqualTo(f);

        List<CaseResult> shuffled = new ArrayList<>(results());
        Collections.reverse(shuffled);
        byte[] again = ResultsJson.toBytes(ResultsBuilder.build(AUDIT, Fixtures.checklist(), shuffled));
        assertThat(again).isEqualTo(Files.readAllBytes(p));

        String json = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\" : \"praksis-resultater/1\",\n  \"undersøgelse\"")
                .contains("\"opgørelsesdato\" : \"2010-11-30\"", "\"sha256\" : \"00ff\"",
                        "\"population\" : {\n      \"492\" : 12,\n      \"575\" : 40\n    }",
                        "\"kommune\" : {\n        \"kode\" : \"575\",\n        \"navn\" : \"Vejen\"")
                .doesNotContain("\r", "null");
    }

    @Test
    void fingerprintChangesWithTheRuleNotTheWording() {
        Checklist c = Fixtures.checklist();
        var rv2 = c.item("RV2").orElseThrow();
        var reworded = new dk.praksis.checklist.Item(rv2.id(), "Anden ordlyd?", rv2.type(), rv2.caseTypes(),
                rv2.condition(), rv2.consequence(), "Anden regel", "note", rv2.spec(), 99);
        var s = Fixtures.RV2_SPEC;
        var longer = new dk.praksis.checklist.Item(rv2.id(), rv2.text(), rv2.type(), rv2.caseTypes(), rv2.condition(),
                rv2.consequence(), rv2.rule(), null, new dk.praksis.checklist.ItemSpec.Deadline(s.counting(),
                        s.startField(), s.periodTypes(), new dk.praksis.checklist.Span(0, 13, 0, 0), s.window(),
                        s.event(), s.restarts(), s.toleranceDays(), s.monthCounting()), 1);
        assertThat(ItemFingerprint.of(reworded)).isEqualTo(ItemFingerprint.of(rv2)).hasSize(64);
        assertThat(ItemFingerprint.of(longer)).isNotEqualTo(ItemFingerprint.of(rv2));
        assertThat(ItemFingerprint.canonical(rv2)).contains("\"months\":12", "\"periodTypes\":[\"ledighedsydelse\"]");
    }

    @Test
    void aFileNotInUtf8IsInvalidInputNotAGuessedEncodingOrAnInternalError(@TempDir Path dir) throws Exception {
        // Jackson guesses UTF-16/32 from the first bytes; the fuzzer found bytes that made it throw an IOException.
        Path utf16 = dir.resolve("utf16.json");
        Files.writeString(utf16, "{\"format\": \"praksis-resultater/1\"}", java.nio.charset.StandardCharsets.UTF_16);
        assertThatThrownBy(() -> ResultsJson.read(utf16)).isInstanceOf(InvalidInputException.class)
                .hasMessage(utf16 + ": filen er ikke en resultatfil fra praksis (den er ikke gemt som UTF-8)");
        Path guessed = dir.resolve("utf32.json");
        Files.write(guessed, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0x61, 0x17, 0x74, 0x65, 0x72, 0x2f, 0x31});
        assertThatThrownBy(() -> ResultsJson.read(guessed)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(guessed + ":1:");
    }

    @Test
    void readerRefusesOtherFormatsWithPlace(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("x.json");
        Files.writeString(p, "{\"format\": \"praksis-resultater/9\"}");
        assertThatThrownBy(() -> ResultsJson.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("formatet praksis-resultater/9");
        Files.writeString(p, "{\n  \"format\": ");
        assertThatThrownBy(() -> ResultsJson.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.json:2:");
    }

    @Test
    void csvIsTidyExcelFriendlyAndDeterministic() {
        byte[] bytes = ResultsCsv.toBytes(file());
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsag;kommunekode;kommune;sagstype;afsnit;spørgsmål;type;udfald;svar;"
                + "begrundelse;konsekvens;score;afledt_vurdering;bedømmer_vurdering;samlet_vurdering;uenighed;bedømt_af;"
                + "oprindeligt_svar;oprindelig_bedømmer_vurdering\r\n");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + 1 + 2 + 3);
        assertThat(lines[1]).isEqualTo("ÆRØ-1;492;Ærø;bevilling;VV;VV1;vurdering;ikke_relevant;ikke relevant;"
                + "Bedømmeren har svaret ikke relevant.;;;kan_ikke_vurderes;;kan_ikke_vurderes;nej;R2;;");
        assertThat(lines[4]).isEqualTo("SYD-2;575;Vejen;revurdering;RV;RV2;frist;ikke_opfyldt;;"
                + "Revurdering 20.11.2009 lå 47 dage efter fristen 04.10.2009.;formel;0,5000;formel;hjemvisning;"
                + "hjemvisning;ja;R1;;");
        assertThat(ResultsCsv.toBytes(file())).isEqualTo(bytes);
    }

    @Test
    void readerIgnoresFieldsAddedLaterInTheSameVersion(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("resultater.json");
        String json = new String(ResultsJson.toBytes(file()), StandardCharsets.UTF_8)
                .replaceFirst("\\{\n  \"format\"", "{\n  \"nyt_felt\" : [1, 2],\n  \"format\"");
        Files.writeString(p, json);
        assertThat(ResultsJson.read(p)).isEqualTo(file());
    }

    @Test
    void csvQuotesOnlyFieldsWithSeparatorsOrQuotes() {
        CaseResult r = new CaseResult("A;1", Fixtures.VEJEN, "revurdering", List.of(new ItemResult("RV2",
                Outcome.IKKE_OPFYLDT, null, "Ingen revurdering; fristen \"x\" var overskredet.", "formel")),
                0.0, "formel", null, false, null, null);
        String csv = new String(ResultsCsv.toBytes(ResultsBuilder.build(AUDIT, Fixtures.checklist(), List.of(r))),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")[1]).isEqualTo("\"A;1\";575;Vejen;revurdering;RV;RV2;frist;ikke_opfyldt;;"
                + "\"Ingen revurdering; fristen \"\"x\"\" var overskredet.\";formel;0,0000;formel;;formel;nej;;;");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedButNumbersStayNumbers() throws Exception {
        CaseResult r = new CaseResult("=HYPERLINK(\"http://x.example\",\"klik\")", Fixtures.VEJEN, "revurdering",
                List.of(new ItemResult("RV2", Outcome.IKKE_OPFYLDT, "-3", "=cmd|' /C calc'!A0", "formel"),
                        new ItemResult("RV3", Outcome.IKKE_OPFYLDT, "+2,5", "\tjust", "formel"),
                        new ItemResult("RV4", Outcome.IKKE_OPFYLDT, "-2+3", "\r=1+1", "formel")),
                0.0, "formel", null, false, "@SUM(A1:A9)", null);
        byte[] bytes = ResultsCsv.toBytes(ResultsBuilder.build(AUDIT, Fixtures.checklist(), List.of(r)));
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = mapper.readerFor(String[].class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(';'))
                .<String[]>readValues(new String(bytes, StandardCharsets.UTF_8).substring(1)).readAll();
        List<String> header = List.of(rows.get(0));
        Map<String, String> rv2 = row(header, rows.get(1));
        assertThat(rv2.get("sag")).isEqualTo("'=HYPERLINK(\"http://x.example\",\"klik\")");
        assertThat(rv2.get("svar")).isEqualTo("-3");
        assertThat(rv2.get("begrundelse")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rv2.get("bedømt_af")).isEqualTo("'@SUM(A1:A9)");
        assertThat(rv2.get("score")).isEqualTo("0,0000");
        Map<String, String> rv3 = row(header, rows.get(2));
        assertThat(rv3.get("svar")).isEqualTo("+2,5");
        assertThat(rv3.get("begrundelse")).isEqualTo("'\tjust");
        Map<String, String> rv4 = row(header, rows.get(3));
        assertThat(rv4.get("svar")).isEqualTo("'-2+3");
        assertThat(rv4.get("begrundelse")).isEqualTo("'\r=1+1");
        assertThat(rows).allSatisfy(cells -> assertThat(cells).noneMatch(c -> !c.matches("[+-]\\d+(,\\d+)?")
                && !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0));
    }

    @Test
    void aResultsFileWithANullOrMissingPartIsInvalidInputNamingTheField(@TempDir Path dir) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(ResultsJson.toBytes(file()));
        Path nulled = dir.resolve("null.json");
        Files.write(nulled, mapper.writeValueAsBytes(tree.deepCopy().putNull("aggregater")));
        assertThatThrownBy(() -> ResultsJson.read(nulled)).isInstanceOf(InvalidInputException.class)
                .hasMessage(nulled + ": feltet /aggregater er null; praksis skriver aldrig null, så filen er ændret eller"
                        + " beskadiget. Kør undersøgelsen igen for at få en ny resultatfil");
        Path missing = dir.resolve("mangler.json");
        var without = tree.deepCopy();
        without.remove("sager");
        Files.write(missing, mapper.writeValueAsBytes(without));
        assertThatThrownBy(() -> ResultsJson.read(missing)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(missing + ": resultatfilen mangler feltet \"sager\"");
        Path noKommune = dir.resolve("uden-kommune.json");
        var cases = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) cases.get("sager").get(0)).remove("kommune");
        Files.write(noKommune, mapper.writeValueAsBytes(cases));
        assertThatThrownBy(() -> ResultsJson.read(noKommune)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(noKommune + ": sag nr. 1 under \"sager\" mangler \"kommune\"");
        // Found by the results fuzzer: a kommune tally without its kommune was a NullPointerException in compare.
        Path tallyWithoutKommune = dir.resolve("tal-uden-kommune.json");
        var tallies = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tallies.get("aggregater").get("kommuner").get(0)).remove("kommune");
        Files.write(tallyWithoutKommune, mapper.writeValueAsBytes(tallies));
        assertThatThrownBy(() -> ResultsJson.read(tallyWithoutKommune)).isInstanceOf(InvalidInputException.class)
                .hasMessage(tallyWithoutKommune + ": kommune nr. 1 under \"aggregater\" mangler \"kommune\" eller"
                        + " \"tal\"; kør undersøgelsen igen for at få en ny resultatfil");
        // Found by the results fuzzer's second run: a consequence without its id was a NullPointerException in compare.
        Path consequenceWithoutId = dir.resolve("konsekvens-uden-id.json");
        var checklist = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) checklist.get("måleskema").get("konsekvenser").get(2)).remove("id");
        Files.write(consequenceWithoutId, mapper.writeValueAsBytes(checklist));
        assertThatThrownBy(() -> ResultsJson.read(consequenceWithoutId)).isInstanceOf(InvalidInputException.class)
                .hasMessage(consequenceWithoutId + ": konsekvens nr. 3 under \"måleskema\" mangler \"id\" eller"
                        + " \"titel\"; kør undersøgelsen igen for at få en ny resultatfil");
        // ... and a kommune without its name, in the sort by name.
        Path kommuneWithoutName = dir.resolve("kommune-uden-navn.json");
        var names = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) names.get("aggregater").get("kommuner").get(1).get("kommune"))
                .remove("navn");
        Files.write(kommuneWithoutName, mapper.writeValueAsBytes(names));
        assertThatThrownBy(() -> ResultsJson.read(kommuneWithoutName)).isInstanceOf(InvalidInputException.class)
                .hasMessage(kommuneWithoutName + ": resultatfilen er ufuldstændig eller beskadiget ved"
                        + " aggregater/kommuner/2/kommune/navn: et felt mangler eller har en forkert type; kør undersøgelsen"
                        + " igen for at få en ny resultatfil");
        // ... and the totals without their tally (the fuzzer's fourth finding).
        Path withoutTotal = dir.resolve("uden-i-alt.json");
        var totals = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) totals.get("aggregater")).remove("i_alt");
        Files.write(withoutTotal, mapper.writeValueAsBytes(totals));
        assertThatThrownBy(() -> ResultsJson.read(withoutTotal)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(withoutTotal + ": resultatfilen er ufuldstændig eller beskadiget ved"
                        + " aggregater/i_alt:");
        Path itemWithoutId = dir.resolve("spørgsmål-uden-id.json");
        var items = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) items.get("spørgsmål").get(0)).remove("id");
        Files.write(itemWithoutId, mapper.writeValueAsBytes(items));
        assertThatThrownBy(() -> ResultsJson.read(itemWithoutId)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(itemWithoutId + ": resultatfilen er ufuldstændig eller beskadiget ved spørgsmål/1/id:");
    }

    private static Map<String, String> row(List<String> header, String[] cells) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i < cells.length ? cells[i] : "");
        }
        return m;
    }
}
