package dk.praksis.testdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dk.praksis.audit.AuditFileLoader;
import dk.praksis.audit.AuditRun;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.results.ResultsJson;
import dk.praksis.sample.PopulationCase;
import dk.praksis.sample.SampleRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds sample-cases/udtraek/ledelsestilsyn/2013/: a fictive jobcenter's year of monthly ledelsestilsyn. Twelve
 * population lists (the citizens on ledighedsydelse at each month's start: references, months on the benefit and
 * caseworker code; citizens leave for a fleksjob, new ones arrive, a caseworker joins in June), twelve sample files
 * that together cover every caseworker ({@code dækning}) and never draw a case twice ({@code tidligere}), a re-draw
 * for the caseworker whose March case had errors, and for January–September the reviewed cases and an audit file per
 * month (checklists/ledelsestilsyn-ledighedsydelse.yaml), whose results are the input of {@code praksis nulfejl}.
 *
 * <p>The draws are run with the real {@link SampleRun} in a scratch folder laid
 * out like the repository, so the shipped plans' relative paths (to rapporter/) are the ones a user runs.
 * LedelsestilsynYearTest checks the committed files against this; regenerate with
 * {@code mvn -o test -Dtest=LedelsestilsynYearTest -Dpraksis.regenerate=true}.
 */
public final class LedelsestilsynYear {

    /** Relative to sample-cases/. */
    static final Path FOLDER = Path.of("udtraek", "ledelsestilsyn", "2013");
    static final int REVIEWED_MONTHS = 9;
    static final String CHECKLIST = "checklists/ledelsestilsyn-ledighedsydelse.yaml";
    private static final String[] MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
        "september", "oktober", "november", "december"};
    private static final String HEADER = "reference;kommune;sagstype;måneder_på_ledighedsydelse;sagsbehandler";

    private LedelsestilsynYear() {
    }

    /** A citizen on ledighedsydelse: months on the benefit at the start of January 2013, and the caseworker. */
    private record Citizen(String reference, int monthsInJanuary, int arrived, String caseworker) {
        int monthsIn(int month) {
            return monthsInJanuary + month - 1;
        }
    }

    /** What the year produced: every file relative to sample-cases/, and the caseworker re-drawn in March. */
    record Year(Map<Path, byte[]> files, String redrawn) {
    }

    static String month(int m) {
        return String.format("2013-%02d", m);
    }

    /** Every file of the year, relative to sample-cases/, built in {@code scratch} (an empty folder). */
    public static Year build(Path scratch) {
        Map<Path, byte[]> files = new TreeMap<>();
        Map<Integer, List<Citizen>> lists = populations();
        Path folder = scratch.resolve("sample-cases").resolve(FOLDER);
        List<String> earlier = new ArrayList<>();
        String redrawn = null;
        try {
            Files.createDirectories(folder);
            Files.createDirectories(scratch.resolve("checklists"));
            Files.copy(Path.of(CHECKLIST), scratch.resolve(CHECKLIST));
            for (int m = 1; m <= 12; m++) {
                files.put(FOLDER.resolve("population-" + month(m) + ".csv"), population(lists.get(m), m));
                files.put(FOLDER.resolve("udtraek-" + month(m) + ".yaml"), plan(m, earlier));
                Path planFile = folder.resolve("udtraek-" + month(m) + ".yaml");
                Files.write(folder.resolve("population-" + month(m) + ".csv"),
                        files.get(FOLDER.resolve("population-" + month(m) + ".csv")));
                Files.write(planFile, files.get(FOLDER.resolve("udtraek-" + month(m) + ".yaml")));
                SampleRun.Outcome draw = new SampleRun(KommuneRegister.standard())
                        .run(planFile, null, null, false, 0, PersonalDataDetector.STANDARD);
                earlier.add(month(m));
                List<PopulationCase> reviewed = new ArrayList<>(drawn(draw));
                if (m == 3) {
                    // The leader found errors in one caseworker's case and draws that caseworker's cases again.
                    redrawn = caseworker(reviewed.get(reviewed.size() - 1));
                    SampleRun.Outcome again = new SampleRun(KommuneRegister.standard())
                            .run(planFile, null, null, false, 0, PersonalDataDetector.STANDARD, redrawn);
                    reviewed.addAll(drawn(again));
                    earlier.add(month(m) + "-" + redrawn);
                }
                if (m <= REVIEWED_MONTHS) {
                    Path cases = FOLDER.resolve("tilsyn").resolve("sager-" + month(m) + ".yaml");
                    Path audit = FOLDER.resolve("tilsyn").resolve("undersoegelse-" + month(m) + ".yaml");
                    files.put(cases, ReviewStory.casesFile(m, reviewed, redrawn));
                    files.put(audit, auditFile(m));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Year(files, redrawn);
    }

    private static List<PopulationCase> drawn(SampleRun.Outcome o) {
        return o.draw().cells().stream().flatMap(c -> c.drawn().stream()).toList();
    }

    static String caseworker(PopulationCase c) {
        return c.field("sagsbehandler").map(dk.praksis.cases.tables.CellParsing::text).orElseThrow();
    }

    /**
     * The citizens on ledighedsydelse at the start of each month. 120 in January; each month about one in twenty
     * leaves for a fleksjob and six arrive. K09 works part time on long cases only; K17 starts in June and takes
     * half the new citizens from then on.
     */
    private static Map<Integer, List<Citizen>> populations() {
        SplittableRandom r = new SplittableRandom(2013);
        List<String> team = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            team.add(String.format("K%02d", i));
        }
        List<Citizen> current = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < 120; i++) {
            int months = r.nextInt(100) < 35 ? r.nextInt(6) : r.nextInt(100) < 40 ? 6 + r.nextInt(12) : 18 + r.nextInt(48);
            String cw = months >= 24 && r.nextInt(100) < 8 ? "K09" : team.get(r.nextInt(team.size()));
            if (cw.equals("K09") && months < 24) {
                cw = "K01";
            }
            current.add(new Citizen(ref(next++), months, 0, cw));
        }
        Map<Integer, List<Citizen>> out = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            if (m > 1) {
                List<Citizen> stay = new ArrayList<>();
                for (Citizen c : current) {
                    if (r.nextInt(100) >= 5) {
                        stay.add(c);
                    }
                }
                current = stay;
                for (int i = 0; i < 6; i++) {
                    String cw = m >= 6 && i % 2 == 0 ? "K17" : team.get(r.nextInt(team.size()));
                    if (cw.equals("K09")) {
                        cw = "K02";
                    }
                    current.add(new Citizen(ref(next++), 1 - m + r.nextInt(2), m, cw));
                }
            }
            out.put(m, List.copyOf(current));
        }
        return out;
    }

    private static String ref(int n) {
        return String.format("VAR-LY-%04d", n);
    }

    private static byte[] population(List<Citizen> list, int month) {
        StringBuilder b = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        list.stream().sorted(Comparator.comparing(Citizen::reference)).forEach(c -> b.append(c.reference())
                .append(";Varde;ledighedsydelse;").append(Math.max(0, c.monthsIn(month))).append(';')
                .append(c.caseworker()).append("\r\n"));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] plan(int m, List<String> earlier) {
        StringBuilder b = new StringBuilder();
        b.append("# Fiktivt ledelsestilsyn (eksempeldata) i Jobcenter Varde, ").append(MONTHS[m - 1]).append(" 2013.\n")
                .append("# Listen er opdigtet; filerne skrives af dk.praksis.testdata.LedelsestilsynYear.\n")
                .append("# Kør månederne i rækkefølge (tidligere peger på de forrige måneders protokoller):\n")
                .append("#   ./praksis sample sample-cases/udtraek/ledelsestilsyn/2013/udtraek-").append(month(m))
                .append(".yaml\n")
                .append("titel: Ledelsestilsyn med ledighedsydelse, ").append(MONTHS[m - 1]).append(" 2013\n")
                .append("afsender: Jobcenter Varde, ledelsen\n")
                .append("population: population-").append(month(m)).append(".csv\n")
                .append("frø: 2013").append(String.format("%02d", m)).append('\n')
                .append("strata:\n")
                .append("  - {navn: Under 6 måneder, felt: måneder_på_ledighedsydelse, fra: 0, til: 6, antal: 1}\n")
                .append("  - {navn: 6–12 måneder, felt: måneder_på_ledighedsydelse, fra: 6, til: 12, antal: 1}\n")
                .append("  - {navn: Over 18 måneder, felt: måneder_på_ledighedsydelse, fra: 18, antal: 2}\n")
                .append("reserve: 1\n")
                .append("for_få: tag_alle\n")
                .append("dækning: {felt: sagsbehandler, udtræk_om_året: 12}   # alle sagsbehandlere med i løbet af året\n");
        if (!earlier.isEmpty()) {
            b.append("tidligere:                          # årets tidligere udtræk: ingen sag to gange\n");
            earlier.forEach(e -> b.append("  - ../../../../rapporter/ledelsestilsyn-2013/").append(e)
                    .append("/protokol.json\n"));
        }
        b.append("brevdato: ").append(month(m)).append("-01\n")
                .append("output: ../../../../rapporter/ledelsestilsyn-2013/").append(month(m)).append('\n');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] auditFile(int m) {
        LocalDate from = LocalDate.of(2013, m, 1);
        LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        String text = "# Fiktivt ledelsestilsyn (eksempeldata): de udtrukne sager i " + MONTHS[m - 1] + " 2013, gennemgået af"
                + " lederen.\n# Skrevet af dk.praksis.testdata.LedelsestilsynYear.\n"
                + "titel: Ledelsestilsyn med ledighedsydelse, " + MONTHS[m - 1] + " 2013\n"
                + "afsender: Jobcenter Varde, ledelsen\n"
                + "år: 2013\n"
                + "opgørelsesdato: " + to + "\n"
                + "periode: {fra: " + from + ", til: " + to + ", beskrivelse: \"" + MONTHS[m - 1] + " 2013\"}\n"
                + "måleskema: ../../../../../" + CHECKLIST + "\n"
                + "sager: [sager-" + month(m) + ".yaml]\n"
                + "output: ../../../../../rapporter/ledelsestilsyn-2013/tilsyn-" + month(m) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code praksis audit} on the shipped months' audit files (sample-cases/...) into {@code out}, as a user
     * would before {@code praksis nulfejl}, and returns the results files in month order. Results are not shipped:
     * they follow from the cases and the current checklist.
     */
    public static List<Path> results(Path out) {
        List<Path> files = new ArrayList<>();
        for (int m = 1; m <= REVIEWED_MONTHS; m++) {
            Path audit = Path.of("sample-cases").resolve(FOLDER).resolve("tilsyn").resolve("undersoegelse-" + month(m) + ".yaml");
            Path dir = out.resolve("tilsyn-" + month(m));
            AuditRun.standard(AuditRun.resultRenderers()).run(AuditFileLoader.load(audit).override(null, null, dir,
                    null, null), CaseReadOptions.DEFAULT, false);
            files.add(dir.resolve(ResultsJson.FILE_NAME));
        }
        return files;
    }

    /** The files of a folder, relative to it (for the tests). */
    static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** The leader's review of each drawn case: answers and the facts the deadline items need. */
    static final class ReviewStory {

        private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());

        private ReviewStory() {
        }

        static byte[] casesFile(int m, List<PopulationCase> cases, String redrawn) {
            ObjectNode root = YAML.createObjectNode();
            ArrayNode list = root.putArray("sager");
            for (PopulationCase c : cases) {
                list.add(caseNode(m, c, redrawn));
            }
            try {
                String header = "# Fiktivt ledelsestilsyn (eksempeldata): lederens gennemgang af " + MONTHS[m - 1]
                        + " 2013's udtrukne sager.\n# Opdigtet; skrevet af dk.praksis.testdata.LedelsestilsynYear.\n";
                return (header + YAML.writeValueAsString(root)).getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static ObjectNode caseNode(int m, PopulationCase c, String redrawn) {
            int months = Integer.parseInt(dk.praksis.cases.tables.CellParsing.text(
                    c.field("måneder_på_ledighedsydelse").orElseThrow()));
            LocalDate review = LocalDate.of(2013, m, 1).plusDays(14);
            LocalDate start = review.minusMonths(months).minusDays(10);
            String type = months < 6 ? "under_6_mdr" : months < 12 ? "6_12_mdr" : "over_18_mdr";
            SplittableRandom r = new SplittableRandom(c.reference().hashCode() * 31L + m);
            boolean problemCase = redrawn != null && m == 3 && redrawn.equals(caseworker(c));
            List<LocalDate> reassessments = new ArrayList<>();
            if (months >= 18) {
                boolean late = r.nextInt(100) < 25 - 2 * m;
                int first = late ? 20 : 13;
                for (int at = first; at < months; at += 13) {
                    reassessments.add(start.plusMonths(at));
                }
            }
            ObjectNode n = YAML.createObjectNode();
            n.put("id", c.reference());
            n.put("kommune", "Varde");
            n.put("sagstype", type);
            LocalDate decision = reassessments.isEmpty() ? start : reassessments.get(reassessments.size() - 1);
            n.putObject("afgørelse").put("dato", decision.toString()).put("foreligger", true);
            ObjectNode dates = n.putObject("datoer");
            List<LocalDate> offers = new ArrayList<>();
            if (!reassessments.isEmpty()) {
                LocalDate last = reassessments.get(reassessments.size() - 1);
                dates.put("seneste_revurdering", last.toString());
                dates.put("seneste_tilbud_før_revurdering", last.minusMonths(3).toString());
                offers.add(last.minusMonths(3));
                if (r.nextInt(100) >= 30 || m >= 7) {
                    offers.add(last.plusMonths(2));
                }
            } else {
                dates.put("visitation", start.minusMonths(1).toString());
            }
            n.putArray("perioder").addObject().put("type", "ledighedsydelse").put("fra", start.toString());
            if (!reassessments.isEmpty()) {
                ObjectNode events = n.putObject("hændelser");
                ArrayNode a = events.putArray("revurderinger");
                reassessments.forEach(d -> a.add(d.toString()));
                ArrayNode t = events.putArray("tilbud");
                offers.forEach(d -> t.add(d.toString()));
            }
            ObjectNode review2 = n.putObject("vurdering");
            review2.put("bedømmer", "Teamleder");
            ObjectNode svar = review2.putObject("svar");
            // The story: plans (PL1) are missing until the jobcenter introduces flow descriptions in April, the use of
            // reports (PL3) improves by June, content of reassessments (RV2) after February; PL2 and LT1 keep failing
            // now and then. March's re-drawn caseworker had a case with errors.
            svar.put("PL1", answer(r, problemCase || m <= 3 && r.nextInt(100) < 50));
            svar.put("PL2", answer(r, problemCase || r.nextInt(100) < 25));
            svar.put("PL3", answer(r, m <= 5 && r.nextInt(100) < 35));
            svar.put("PL4", List.of("i høj grad", "i nogen grad", "i ringe grad", "slet ikke").get(r.nextInt(m <= 3 ? 4 : 2)));
            if (!type.equals("under_6_mdr")) {
                svar.put("RV2", reassessments.isEmpty() ? "ikke relevant" : answer(r, m <= 2 && r.nextInt(100) < 40));
            }
            if (type.equals("over_18_mdr")) {
                svar.put("LT1", answer(r, problemCase || r.nextInt(100) < 15));
            }
            return n;
        }

        private static String answer(SplittableRandom r, boolean error) {
            return error ? "nej" : "ja";
        }
    }
}
