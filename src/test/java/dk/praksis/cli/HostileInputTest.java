package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data written the way people really type it (dashes of every kind, non-breaking spaces,
 * full-width digits) in case ids, remarks and the audit file, and ids that would forge terminal lines:
 * none of it reaches a message, a report, a workbook or a results file (issue 15, items 2–4).
 */
class HostileInputTest {

    private static final String CHECKLIST = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml").toAbsolutePath().toString();
    /** Two CPR numbers in forms the guard once missed: with dashes between the parts, and dots and an en dash. */
    private static final String CPR_A = "01-01-71-1234";
    private static final String CPR_B = "02.02.72\u20132345";

    @TempDir
    Path dir;

    private static String yamlCase(String id, String remark) {
        return "  - id: \"" + id + "\"\n    kommune: Vejen\n    sagstype: revurdering\n"
                + "    afgørelse: {dato: 2010-06-01, foreligger: true}\n"
                + "    perioder:\n      - {type: ledighedsydelse, fra: 2009-01-01}\n"
                + "    hændelser: {revurderinger: [2009-11-20]}\n"
                + "    vurdering:\n      bedømmer: R1\n      svar: {RV1: ja, FV1: ja, FV2: ja, FV3: ja}\n"
                + "      bemærkning: \"" + remark + "\"\n";
    }

    private Path cases(String... idAndRemark) throws IOException {
        StringBuilder sb = new StringBuilder("sager:\n");
        for (int i = 0; i < idAndRemark.length; i += 2) {
            sb.append(yamlCase(idAndRemark[i], idAndRemark[i + 1]));
        }
        return Files.writeString(dir.resolve("sager.yaml"), sb.toString());
    }

    @Test
    void maskedCprIdsStayDistinctCasesAndNoFormReachesAnyOutput() throws IOException {
        Path cases = cases(CPR_A, "ring +45 12 34 56 78", CPR_B, "tlf. 20.30.40.50 eller 86\u00A012\u00A034\u00A056");
        Path out = dir.resolve("ud");
        CliRun refused = CliRun.of("audit", "--checklist", CHECKLIST, "--as-of", "2010-11-30", "--out", out.toString(),
                cases.toString());
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("indeholder et CPR-nummer", "indeholder et telefonnummer");
        assertNothingPersonal(refused.err() + refused.out());
        assertThat(out).doesNotExist();

        CliRun masked = CliRun.of("audit", "--checklist", CHECKLIST, "--as-of", "2010-11-30", "--out", out.toString(),
                "--masker", cases.toString());
        assertThat(masked.exitCode()).as(masked.err()).isZero();
        ResultsFile results = ResultsJson.read(out.resolve("resultater.json"));
        assertThat(results.cases()).extracting(c -> c.id())
                .containsExactly("[CPR-nummer fjernet] #1", "[CPR-nummer fjernet] #2");
        List<String> texts = new ArrayList<>(List.of(masked.out(), masked.err()));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(text(f));
            }
        }
        texts.forEach(HostileInputTest::assertNothingPersonal);
        assertThat(String.join(" ", texts)).contains("[CPR-nummer fjernet] #2");
    }

    @Test
    void anUnknownKommuneWrittenAsACprNumberIsNeverEchoed() throws IOException {
        Path cases = cases("SYD10-1", "ok");
        Files.writeString(cases, Files.readString(cases).replace("kommune: Vejen", "kommune: \"" + CPR_A + "\""));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, cases.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("ukendt kommune");
        assertNothingPersonal(r.err());
    }

    @Test
    void personalDataInTheAuditFileStopsTheRunNamingFileAndKeyNeverTheValue() throws IOException {
        cases("SYD10-1", "ok");
        Path names = Files.writeString(dir.resolve("navne.txt"), "Hans Jensen\n");
        Path audit = Files.writeString(dir.resolve("undersoegelse.yaml"), "titel: Praksis for " + CPR_A
                + "\nafsender: \"Hans\u00A0Jensen, hj@kommune.dk\"\nperiode: \"ring +45 2012 2020\"\n"
                + "opgørelsesdato: 2010-11-30\nmåleskema: " + CHECKLIST + "\nsager: [sager.yaml]\noutput: ud\n");
        CliRun r = CliRun.of("audit", audit.toString(), "--navneliste", names.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains(audit + ":1:1: titel indeholder et CPR-nummer",
                audit + ":2:1: afsender indeholder et navn fra listen", audit + ":2:1: afsender indeholder en e-mailadresse",
                audit + ":3:1: periode indeholder et telefonnummer");
        assertNothingPersonal(r.err());
        assertThat(r.err()).doesNotContain("Hans", "Jensen");
        assertThat(dir.resolve("ud")).doesNotExist();

        CliRun title = CliRun.of("audit", "--checklist", CHECKLIST, "--as-of", "2010-11-30", "--out",
                dir.resolve("ud2").toString(), "--title", "Sagen om 0101711234", dir.resolve("sager.yaml").toString());
        assertThat(title.exitCode()).isEqualTo(4);
        assertThat(title.err()).contains("titlen (--title eller titel i undersøgelsesfilen): indeholder et CPR-nummer");
        assertNothingPersonal(title.err());

        CliRun masked = CliRun.of("audit", audit.toString(), "--navneliste", names.toString(), "--masker");
        assertThat(masked.exitCode()).as(masked.err()).isZero();
        ResultsFile results = ResultsJson.read(dir.resolve("ud/resultater.json"));
        assertThat(results.audit().title()).isEqualTo("Praksis for [CPR-nummer fjernet]");
        assertThat(results.audit().sender()).isEqualTo("[navn fra listen fjernet], [e-mailadresse fjernet]");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("ud/samlet-intern.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Praksis for [CPR-nummer fjernet]");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("ud/samlet.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var core = wb.getProperties().getCoreProperties();
            assertNothingPersonal(core.getTitle() + " " + core.getCreator());
            assertThat(core.getCreator()).doesNotContain("Hans");
        }
    }

    @Test
    void idsWithControlCharactersAreRefusedWithTheirPlaceAndNeverPrintedRaw() throws IOException {
        // YAML escapes: \e is ESC (a terminal colour code follows), \n a line break, \u202E a right-to-left override
        Path cases = cases("SYD10-1\\e[31mRØD", "ok", "SYD10-2\\nsager.yaml:1:1: alt er i orden", "ok",
                "SYD10-3\\u202Egnp.exe", "ok");
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, cases.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines().filter(l -> l.contains("styretegn"))).hasSize(3)
                .allSatisfy(l -> assertThat(l).startsWith(cases + ":").doesNotContain("(sag "));
        assertThat(r.err()).doesNotContain("\u001B", "\u202E", "alt er i orden");
    }

    @Test
    void freeTextIdsArePrintedOnlyWhenTheyCannotBePersonalData() throws IOException {
        Path cases = cases("Hans Jensen", "ok", "SYD10-7", "ok");
        Files.writeString(cases, Files.readString(cases).replace("sagstype: revurdering", "sagstype: revurdring"));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, cases.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("(sag SYD10-7)").doesNotContain("Hans", "Jensen");
    }

    @Test
    void aFileNestedDeeperThanAnyoneWritesIsToldInDanishAtItsPlaceByEveryReader() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Path cases = Files.writeString(dir.resolve("sager.yaml"), "sager: " + deep + "\n");
        Path audit = Files.writeString(dir.resolve("undersoegelse.yaml"), "titel: " + deep + "\n");
        Path checklist = Files.writeString(dir.resolve("maaleskema.yaml"), "id: " + deep + "\n");
        Path results = Files.writeString(dir.resolve("resultater.json"), "{\"format\": " + deep + "}\n");
        String told = ": filen er indlejret i over 1.000 niveauer eller har en værdi på over 20 mio. tegn; så dybt"
                + " eller langt skriver hverken et menneske eller et regneark, så filen læses ikke. Ret den, eller lav"
                + " den igen";
        List<CliRun> runs = List.of(
                CliRun.of("validate", "--checklist", CHECKLIST, cases.toString()),
                CliRun.of("audit", audit.toString()),
                CliRun.of("checklist", "lint", checklist.toString()),
                CliRun.of("compare", results.toString(), results.toString(), "--out", dir.resolve("ud").toString()));
        List<Path> files = List.of(cases, audit, checklist, results);
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).exitCode()).isEqualTo(3);
            assertThat(runs.get(i).err().lines().findFirst().orElseThrow())
                    .matches(java.util.regex.Pattern.quote(files.get(i).toString()) + ":1:\\d+"
                            + java.util.regex.Pattern.quote(told));
        }
        assertThat(dir.resolve("ud")).doesNotExist();
    }

    /** No CPR, phone or e-mail in any form, nor the digits of the ones the tests planted. */
    private static void assertNothingPersonal(String output) {
        // Fingerprints and chart axes are praksis' own digits (an axis "0 20 40 60 80 100" reads like a phone number).
        String text = output.replaceAll("\\b[0-9a-f]{64}\\b", "sha256").replace("0 20 40 60 80 100", "akse");
        assertThat(PersonalDataDetector.STANDARD.find(text)).as(text).isEmpty();
        assertThat(text).doesNotContain(CPR_A, CPR_B, "010171", "020272", "12 34 56 78",
                "20.30.40.50", "2012 2020", "86\u00A012");
    }

    private static String text(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                var info = pdf.getDocumentInformation();
                return new PDFTextStripper().getText(pdf) + " " + info.getTitle() + " " + info.getAuthor() + " "
                        + info.getSubject() + " " + info.getKeywords();
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder sb = new StringBuilder();
            try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet s : wb) {
                    for (Row row : s) {
                        for (Cell c : row) {
                            sb.append(c.toString()).append(' ');
                        }
                    }
                }
            }
            return sb.toString();
        }
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }
}
