package dk.praksis.testdata;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Deterministic synthetic cases over a checklist's vocabulary (made for fleksjob-2010), for tests
 * and benchmarks that need many cases: the same seed always gives the same cases, and the first
 * n cases of a seed do not depend on how many are asked for. The cases are varied so every item
 * type meets both outcomes: trials that end after the decision or lack described functions,
 * short or missing ressourceprofil elements, profiles dated after the decision, citizens going
 * in and out of ledighedsydelse, revurderinger on time, late and missing.
 */
public final class SyntheticCases {

    /** Every history runs up to this date; open periods are still running on it. */
    public static final LocalDate AS_OF = LocalDate.of(2011, 11, 30);

    /** Interruptions of ledighedsydelse; the counted period types come from the checklist. */
    static final List<String> INTERRUPTIONS = List.of("barsel", "sygdom", "arbejde");

    /** The yes/no flag on a work trial that fleksjob-2010's AP2 requires. */
    static final String FUNCTIONS_DESCRIBED = "funktioner_beskrevet";

    static final List<Kommune> SYDDANMARK = List.of(
            k("410", "Middelfart"), k("420", "Assens"), k("430", "Faaborg-Midtfyn"), k("440", "Kerteminde"),
            k("450", "Nyborg"), k("461", "Odense"), k("479", "Svendborg"), k("480", "Nordfyns"),
            k("482", "Langeland"), k("492", "Ærø"), k("510", "Haderslev"), k("530", "Billund"),
            k("540", "Sønderborg"), k("550", "Tønder"), k("561", "Esbjerg"), k("563", "Fanø"),
            k("573", "Varde"), k("575", "Vejen"), k("580", "Aabenraa"), k("607", "Fredericia"),
            k("621", "Kolding"), k("630", "Vejle"));

    private static final List<String> FIELDS = List.of("lager", "kantine", "rengøring", "kontor", "butik",
            "ejendomsservice", "gartneri", "værksted", "daginstitution", "vaskeri");
    private static final List<String> MEDICAL = List.of("speciallægeerklæring", "statusattest", "lægeattest",
            "journaloplysninger fra egen læge", "udskrivningsbrev fra sygehus", "psykologisk undersøgelse");

    private final ChecklistVocabulary vocabulary;
    private final String counted;
    private final String course;
    private final String event;
    private final Map.Entry<String, Set<String>> document;

    public SyntheticCases(ChecklistVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.counted = vocabulary.periodTypes().iterator().next();
        this.course = vocabulary.courses().iterator().next();
        this.event = vocabulary.events().iterator().next();
        this.document = vocabulary.documents().entrySet().iterator().next();
    }

    /** Over checklists/fleksjob-2010.yaml (read relative to the project folder). */
    public static SyntheticCases fleksjob2010() {
        return new SyntheticCases(ChecklistVocabulary.read(ChecklistVocabulary.FLEKSJOB_2010));
    }

    /** The first n cases of the seed. */
    public List<Case> generate(int n, long seed) {
        return stream(seed).limit(n).toList();
    }

    /** An endless, ordered stream of cases; case i depends only on the seed and i. */
    public Stream<Case> stream(long seed) {
        return Stream.iterate(0, i -> i + 1).map(i -> caseNo(i, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i)));
    }

    private Case caseNo(int i, SplittableRandom r) {
        List<String> types = List.copyOf(vocabulary.caseTypes());
        String type = types.get(r.nextInt(100) < 60 ? 0 : r.nextInt(types.size()));
        Kommune kommune = SYDDANMARK.get(r.nextInt(SYDDANMARK.size()));
        LocalDate decided = LocalDate.of(2010, 1, 4).plusDays(r.nextInt(540));
        String id = String.format("SYN-%06d", i + 1);
        Origin origin = new Origin("syntetisk", "sag " + (i + 1), Map.of());
        if (type.equals("revurdering")) {
            return revurdering(r, id, kommune, origin);
        }
        return bevilling(r, id, type, kommune, decided, origin);
    }

    private Case bevilling(SplittableRandom r, String id, String type, Kommune kommune, LocalDate decided, Origin origin) {
        LocalDate sick = decided.minusDays(300 + r.nextInt(700));
        List<CourseEntry> trials = new ArrayList<>();
        int count = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
        LocalDate end = decided.minusDays(r.nextInt(100) - 20); // now and then after the decision
        for (int t = 0; t < count; t++) {
            LocalDate from = end.minusDays(20 + r.nextInt(150));
            double hours = 4 + r.nextInt(34) + (r.nextBoolean() ? 0.5 : 0);
            trials.add(0, new CourseEntry(from, end, hours, FIELDS.get(r.nextInt(FIELDS.size())),
                    Map.of(FUNCTIONS_DESCRIBED, r.nextInt(100) < 70)));
            end = from.minusDays(5 + r.nextInt(60));
        }
        Map<String, String> elements = new LinkedHashMap<>();
        for (String element : document.getValue()) {
            int roll = r.nextInt(100);
            if (roll >= 4) {
                elements.put(element, roll < 12 ? "Ingen." : "Syntetisk beskrivelse af " + element.replace('_', ' ')
                        + " (" + r.nextInt(1000) + ").");
            }
        }
        LocalDate profileDate = decided.minusDays(r.nextInt(200) - 15);
        List<String> medical = r.nextInt(10) == 0 ? List.of()
                : List.of(MEDICAL.get(r.nextInt(MEDICAL.size())), MEDICAL.get(r.nextInt(MEDICAL.size())))
                        .stream().distinct().toList();
        return new Case(id, kommune, type, new Decision(decided, true), Map.of("sygemelding", sick),
                List.of(new DatedPeriod("sygdom", sick, decided)), Map.of(),
                trials.isEmpty() ? Map.of() : Map.of(course, trials),
                Map.of(document.getKey(), new CaseDocument(profileDate, elements)), medical, Map.of(),
                review(r, type), origin);
    }

    private Case revurdering(SplittableRandom r, String id, Kommune kommune, Origin origin) {
        LocalDate visitation = AS_OF.minusDays(400 + r.nextInt(2200));
        List<DatedPeriod> periods = new ArrayList<>();
        LocalDate from = visitation.plusDays(r.nextInt(60));
        boolean onBenefit = true;
        while (true) {
            LocalDate to = from.plusDays(onBenefit ? 60 + r.nextInt(700) : 30 + r.nextInt(300));
            String periodType = onBenefit ? counted : INTERRUPTIONS.get(r.nextInt(INTERRUPTIONS.size()));
            if (!to.isBefore(AS_OF)) {
                periods.add(new DatedPeriod(periodType, from, null));
                break;
            }
            periods.add(new DatedPeriod(periodType, from, to));
            from = to.plusDays(1);
            onBenefit = !onBenefit;
        }
        List<LocalDate> events = new ArrayList<>();
        for (LocalDate d = visitation.plusDays(250 + r.nextInt(250)); d.isBefore(AS_OF) && r.nextInt(8) != 0;
             d = d.plusDays(250 + r.nextInt(250))) {
            events.add(d);
        }
        Decision decision = events.isEmpty() ? new Decision(null, false)
                : new Decision(events.get(events.size() - 1), true);
        return new Case(id, kommune, "revurdering", decision, Map.of("visitation", visitation), periods,
                Map.of(event, events), Map.of(), Map.of(), List.of(), Map.of(), review(r, "revurdering"), origin);
    }

    private Review review(SplittableRandom r, String type) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String item : vocabulary.reviewerItems().get(type)) {
            List<String> scale = vocabulary.scaleValues().get(item);
            answers.put(item, r.nextInt(100) < 75 ? scale.get(0) : scale.get(r.nextInt(scale.size())));
        }
        List<String> verdicts = List.copyOf(vocabulary.verdicts());
        String verdict = r.nextInt(10) == 0 ? null : verdicts.get(r.nextInt(verdicts.size()));
        String remark = r.nextInt(3) == 0 ? "Syntetisk bemærkning." : null;
        return new Review("R" + (1 + r.nextInt(4)), answers, verdict, remark);
    }

    private static Kommune k(String code, String name) {
        return new Kommune(code, name, "Region Syddanmark");
    }
}
