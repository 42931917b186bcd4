package dk.praksis.testdata;

import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.sample.DrawCell;
import dk.praksis.sample.PopulationCase;
import dk.praksis.sample.SampleRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Builds sample-cases/udtraek/undersoegelse/: the audit that follows the shipped draw (udtraek/udtraek.yaml) for
 * three of its kommuner. It runs the real draw, keeps the draw's list rows of those kommuner (udtraek.csv), writes
 * the reviewers' cases (fleksjob-2010 items, invented) for the drawn cases that arrived and for the reserve cases
 * that replaced the rest, and bortfald.csv with the reasons. IntakeExampleTest checks the committed files against
 * this; regenerate with {@code mvn -o test -Dtest=IntakeExampleTest -Dpraksis.regenerate=true}.
 */
public final class IntakeExample {

    /** Relative to sample-cases/. */
    static final Path FOLDER = Path.of("udtraek", "undersoegelse");
    public static final List<String> KOMMUNER = List.of("Svendborg", "Ærø", "Vejen");

    /** Why a drawn case is not reviewed; {@code listed} false for a case nobody wrote down (counts as not received). */
    public record Dropped(String kommune, String reference, String reason, boolean listed) {
    }

    /** One kommune of the example: the draw's cases and reserve, the ones left out, and the reserves used. */
    public record Kommune(String navn, String kode, List<PopulationCase> drawn, List<PopulationCase> reserve,
                   List<Dropped> dropped, List<PopulationCase> reviewed) {

        public int replacements() {
            return (int) reviewed.stream().filter(reserve::contains).count();
        }
    }

    public record Example(Map<Path, byte[]> files, List<Kommune> kommuner) {
    }

    /**
     * Per kommune (in {@link #KOMMUNER} order) which drawn cases are left out and why, by position in the draw. The
     * reserve replaces as many as the kommune could get (Vejen's late case is not replaced).
     */
    private static final List<List<String>> REASONS = List.of(
            List.of("ikke modtaget", "forkert sagstype"),
            List.of("ingen afgørelse"),
            List.of("forkert sagstype", "(ikke modtaget, ikke noteret)"));
    private static final List<Integer> RESERVES_USED = List.of(2, 1, 1);

    /** The elements of a resource profile, each with a short invented text (the same in every case). */
    private static final List<Map.Entry<String, String>> PROFILE = List.of(
            Map.entry("uddannelse", "Folkeskolens afgangsprøve og et kursus i lager og logistik."),
            Map.entry("arbejdsmarkedserfaring", "Mange år som lagermedarbejder, senest på deltid."),
            Map.entry("interesser", "Går ture med hunden og hjælper i den lokale idrætsforening."),
            Map.entry("sociale_kompetencer", "Samarbejder godt og er vellidt af kollegerne."),
            Map.entry("omstillingsevne", "Har klaret skift i opgaverne, men har brug for tid."),
            Map.entry("indlæringsevne", "Lærer bedst ved at prøve opgaven sammen med en kollega."),
            Map.entry("arbejdsrelevante_ønsker", "Vil gerne arbejde med lettere lageropgaver."),
            Map.entry("præstationsforventninger", "Ønsker at yde det, helbredet tillader."),
            Map.entry("arbejdsidentitet", "Har altid været på arbejdsmarkedet og savner kolleger."),
            Map.entry("bolig_og_økonomi", "Bor i rækkehus; økonomien er stram."),
            Map.entry("sociale_netværk", "Familie i nærheden, som hjælper i dårlige perioder."),
            Map.entry("helbred", "Kroniske rygsmerter; tåler ikke tunge løft eller lange arbejdsdage."),
            Map.entry("samlet_vurdering", "Arbejdsevnen er varigt nedsat; kan arbejde ca. 12 timer om ugen med skånehensyn."
                + " Fleksjob anbefales."));

    private IntakeExample() {
    }

    /** Every file of the example, relative to sample-cases/, with the draw run in {@code scratch} (an empty folder). */
    public static Example build(Path scratch) {
        Path folder = scratch.resolve("sample-cases").resolve("udtraek");
        SampleRun.Outcome draw;
        try {
            Files.createDirectories(folder);
            for (String f : List.of("udtraek.yaml", "population.csv", "indkaldelsesbrev.md")) {
                Files.copy(Path.of("sample-cases", "udtraek", f), folder.resolve(f));
            }
            draw = new SampleRun(KommuneRegister.standard()).run(folder.resolve("udtraek.yaml"), null,
                    scratch.resolve("draw"), false, 0, PersonalDataDetector.STANDARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Kommune> kommuner = new ArrayList<>();
        for (int i = 0; i < KOMMUNER.size(); i++) {
            String navn = KOMMUNER.get(i);
            DrawCell cell = draw.draw().cells().stream().filter(c -> c.kommune().navn().equals(navn)).findFirst()
                    .orElseThrow();
            List<Dropped> dropped = new ArrayList<>();
            List<PopulationCase> reviewed = new ArrayList<>();
            List<String> reasons = REASONS.get(i);
            // Left out: every fourth drawn case from the second on, as many as the kommune has reasons.
            for (int n = 0; n < cell.drawn().size(); n++) {
                PopulationCase c = cell.drawn().get(n);
                int k = n % 4 == 1 ? n / 4 : -1;
                if (k >= 0 && k < reasons.size()) {
                    boolean listed = !reasons.get(k).startsWith("(");
                    dropped.add(new Dropped(navn, c.reference(), listed ? reasons.get(k) : "ikke modtaget", listed));
                } else {
                    reviewed.add(c);
                }
            }
            reviewed.addAll(cell.reserve().subList(0, RESERVES_USED.get(i)));
            kommuner.add(new Kommune(navn, cell.kommune().kode(), cell.drawn(), cell.reserve(), dropped, reviewed));
        }
        Map<Path, byte[]> files = new TreeMap<>();
        files.put(FOLDER.resolve("udtraek.csv"), listRows(draw.output().resolve(SampleRun.ALL_CSV), kommuner));
        files.put(FOLDER.resolve("bortfald.csv"), droppedList(kommuner));
        for (Kommune k : kommuner) {
            files.put(FOLDER.resolve("sager").resolve(fileName(k.navn()) + ".yaml"), casesFile(k));
        }
        files.put(FOLDER.resolve("undersoegelse.yaml"), auditFile());
        return new Example(files, kommuner);
    }

    static String fileName(String kommune) {
        return kommune.toLowerCase().replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    }

    /** The header and the example's kommuner's rows of the draw's list, byte for byte as the draw wrote them. */
    private static byte[] listRows(Path list, List<Kommune> kommuner) {
        try {
            String text = Files.readString(list, StandardCharsets.UTF_8);
            String[] lines = text.split("\r\n", -1);
            StringBuilder b = new StringBuilder(lines[0]).append("\r\n");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (kommuner.stream().anyMatch(k -> line.startsWith(k.kode() + ";"))) {
                    b.append(line).append("\r\n");
                }
            }
            return b.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] droppedList(List<Kommune> kommuner) {
        StringBuilder b = new StringBuilder("\uFEFFreference;årsag\r\n");
        kommuner.forEach(k -> k.dropped().stream().filter(Dropped::listed)
                .forEach(d -> b.append(d.reference()).append(';').append(d.reason()).append("\r\n")));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] casesFile(Kommune k) {
        StringBuilder b = new StringBuilder("# Fiktive sager (eksempeldata): ").append(k.navn())
                .append(" Kommunes indkaldte sager fra udtrækket 2011, bedømt efter fleksjob-2010.\n")
                .append("# Opdigtede; skrevet af dk.praksis.testdata.IntakeExample.\nsager:\n");
        for (PopulationCase c : k.reviewed()) {
            caseText(b, k, c);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void caseText(StringBuilder b, Kommune k, PopulationCase c) {
        SplittableRandom r = new SplittableRandom(c.reference().hashCode());
        String decision = c.date().toString();
        b.append("  - id: ").append(c.reference()).append('\n')
                .append("    kommune: \"").append(k.kode()).append("\"\n")
                .append("    sagstype: ").append(c.caseType()).append('\n')
                .append("    afgørelse: {dato: ").append(decision).append(", foreligger: true}\n");
        if (c.caseType().equals("bevilling")) {
            b.append("    datoer: {sygemelding: ").append(c.date().minusYears(2).minusDays(r.nextInt(300))).append("}\n")
                    .append("    arbejdsprøvninger:\n")
                    .append("      - {fra: ").append(c.date().minusWeeks(16)).append(", til: ")
                    .append(c.date().minusWeeks(4)).append(", timer_pr_uge: ").append(8 + r.nextInt(8))
                    .append(", område: \"praktik i kommunal institution\", funktioner_beskrevet: true}\n")
                    .append("    dokumenter:\n      ressourceprofil:\n        dato: ").append(c.date().minusWeeks(6))
                    .append('\n');
            PROFILE.forEach(e -> b.append("        ").append(e.getKey()).append(": \"").append(e.getValue())
                    .append("\"\n"));
            b.append("    vurdering:\n      bedømmer: R").append(1 + r.nextInt(3)).append('\n')
                    .append("      svar: {VV1: ja, VV2: ja, VV3: ").append(r.nextInt(5) == 0 ? "nej" : "ja")
                    .append(", VV4: ja, VV5: ja, AP2: ja, AP3: ").append(r.nextInt(4) == 0 ? "delvis" : "ja")
                    .append(", RP3: ja, RP4: ja, FV1: ja, FV2: ").append(r.nextInt(4) == 0 ? "nej" : "ja")
                    .append(", FV3: ja}\n");
        } else {
            b.append("    datoer: {visitation: ").append(c.date().minusMonths(30)).append("}\n")
                    .append("    perioder:\n      - {type: ledighedsydelse, fra: ").append(c.date().minusMonths(29))
                    .append("}\n")
                    .append("    hændelser: {revurderinger: [").append(c.date().minusMonths(11)).append(", ")
                    .append(decision).append("]}\n")
                    .append("    vurdering:\n      bedømmer: R").append(1 + r.nextInt(3)).append('\n')
                    .append("      svar: {RV1: ja, RV5: ja, RV6: ja, RV7: ").append(r.nextInt(5) == 0 ? "nej" : "ja")
                    .append(", RV8: ja, FV1: ikke relevant, FV2: ").append(r.nextInt(4) == 0 ? "nej" : "ja")
                    .append(", FV3: ja}\n");
        }
    }

    private static byte[] auditFile() {
        String text = """
                # Fiktiv undersøgelse (eksempeldata) efter udtrækket i ../udtraek.yaml, for tre af dets kommuner.
                # udtraek.csv er rækkerne for Svendborg, Ærø og Vejen fra den udtræksliste, som
                #   ./praksis sample sample-cases/udtraek/udtraek.yaml
                # skriver; filerne skrives af dk.praksis.testdata.IntakeExample, som selv kører udtrækket.
                titel: Opfølgende praksisundersøgelse om fleksjob og ledighedsydelse 2011
                afsender: Beskæftigelsesankenævnet Syddanmark
                år: 2011
                opgørelsesdato: 2011-11-30
                periode: {fra: 2011-01-01, til: 2011-06-30, beskrivelse: "Bevillinger og revurderinger 1. januar – 30. juni 2011"}
                måleskema: ../../../checklists/fleksjob-2010.yaml
                sager: [sager/]
                udtræk: udtraek.csv      # listen fra praksis sample: udtrukne sager og reserver
                bortfald: bortfald.csv   # de indkaldte sager, der ikke er med, og hvorfor
                output: ../../../rapporter/udtraek-2011-undersoegelse
                """;
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
