package dk.praksis.testdata;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The made-up cases of the 2014 sample year, scored by fleksjob-2013.yaml: six kommuner in
 * Region Syddanmark after the 2013 reform, 66 cases of the checklist's four case types. The story
 * (docs/eksempeldata.md): most decisions are in order; Esbjerg prepares cases for the
 * rehabiliteringsteam poorly (forberedende del incomplete, LÆ265 after the meeting), Svendborg is
 * weak on the kontaktforløb (first talk after 3 weeks) and on follow-up talks in ressourceforløb,
 * Kolding has a late revurdering, a too short ressourceforløb and a decision made before the team
 * met, Aabenraa decides against the team's view of the work capacity. Kolding's barsel case and
 * Vejen's move show what § 74 c's exceptions do. Every date and answer is written here, so the
 * figures are known by construction; only the reviewer's overall verdict is derived, by scoring
 * the case, except where the story has the reviewer disagree.
 */
final class ReformStory {

    static final LocalDate AS_OF = LocalDate.of(2014, 11, 30);
    static final LocalDate PERIOD_FROM = LocalDate.of(2013, 1, 1);
    static final LocalDate PERIOD_TO = LocalDate.of(2014, 6, 30);

    /** Kommunekode → the cases of that kommune, in kommune order: Odense, Esbjerg, Kolding, Vejen, Svendborg, Aabenraa. */
    static Map<String, List<Case>> cases(Checklist checklist) {
        Scorer scorer = new Scorer(checklist, AS_OF, PERIOD_TO);
        Map<String, List<Case>> out = new LinkedHashMap<>();
        List<List<Draft>> kommuner = List.of(odense(), esbjerg(), kolding(), vejen(), svendborg(), aabenraa());
        for (List<Draft> drafts : kommuner) {
            List<Case> cases = new ArrayList<>();
            for (Draft d : drafts) {
                cases.add(d.finish(checklist, scorer));
            }
            out.put(cases.get(0).kommune().kode(), cases);
        }
        return out;
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The day, or the Friday before when it falls on a weekend: meetings and talks are on working days. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    // ---- the kommuner ------------------------------------------------------------------------

    private static List<Draft> odense() {
        KommuneCases k = new KommuneCases("Odense", 1);
        return List.of(
                k.bevilling(0, d("2013-03-14"), "medhold"),
                k.bevilling(1, d("2013-09-26")),
                k.bevilling(2, d("2014-02-06"), "medhold"),
                // A formal error the reviewer does not count: the disagreement the report lists.
                k.bevilling(3, d("2014-05-22"), "FV1").reviewerSays(Checklist.VERDICT_OK),
                k.ressourceforloeb(4, d("2013-05-16"), 24, 7),
                k.ressourceforloeb(5, d("2013-01-24"), 12, 7),
                k.ledighedsydelse(d("2013-02-11"), 9, 10).ly(d("2013-02-25"), null).revurdering(d("2014-03-20")),
                k.ledighedsydelse(d("2012-09-17"), 12, 12).ly(d("2012-10-01"), null)
                        .within("sygdom", d("2013-06-03"), d("2013-07-26")).within("ferie", d("2013-07-29"), d("2013-08-16"))
                        .revurdering(d("2013-11-07")),
                k.ledighedsydelse(d("2013-04-08"), 14, 12).ly(d("2013-04-15"), null).revurdering(d("2014-05-05")),
                k.fleksjob(d("2011-08-01"), 51, 15),
                k.fleksjob(d("2013-10-01"), 34, 4));
    }

    private static List<Draft> esbjerg() {
        KommuneCases k = new KommuneCases("Esbjerg", 2);
        return List.of(
                k.bevilling(0, d("2013-04-25"), "FB2", "FB3").missing("interesser", "sociale_forhold", "borgerens_vurdering"),
                k.bevilling(1, d("2013-10-10"), "FB2", "FB5").missing("borgerens_vurdering", "ønsker_og_mål"),
                // The reviewer calls it a change, but a case that is not informed is sent back (forrang).
                k.bevilling(2, d("2014-01-30"), "FB1", "FB5", "medhold").reviewerSays("ændring"),
                k.bevilling(3, d("2014-04-24")),
                k.ressourceforloeb(4, d("2013-06-13"), 18, 7, "FB2").missing("helbred", "jobcentrets_vurdering"),
                k.ressourceforloeb(5, d("2013-11-21"), 24, 8),
                k.ledighedsydelse(d("2013-01-21"), 13, 10).ly(d("2013-02-04"), null).revurdering(d("2014-02-27")),
                // A revurdering on time, but without content (seed 003's finding).
                k.ledighedsydelse(d("2012-11-05"), 15, 12).ly(d("2012-11-19"), null).revurdering(d("2013-12-12"))
                        .answer("LY3", "nej").answer("LY5", "nej"),
                k.ledighedsydelse(d("2013-03-04"), 10, 11).ly(d("2013-03-18"), null).revurdering(d("2014-04-10"))
                        .answer("LY4", "nej"),
                k.fleksjob(d("2012-02-01"), 47, 12, "2014-07-15"),
                k.fleksjob(d("2013-06-01"), 52, 8));
    }

    private static List<Draft> kolding() {
        KommuneCases k = new KommuneCases("Kolding", 3);
        return List.of(
                k.bevilling(0, d("2013-02-21"), "medhold"),
                k.bevilling(1, d("2013-08-29"), "FB4"),
                k.bevilling(2, d("2014-01-16"), "medhold"),
                k.bevilling(3, d("2014-06-12"), "RT4"),
                k.ressourceforloeb(4, d("2013-09-05"), 6, 7),
                k.ressourceforloeb(5, d("2014-03-27"), 12, 8, "RT1"),
                k.withoutDecision(0, d("2014-05-15")),
                // Ledighedsydelse since June 2012: 18 months were reached at the end of 2013, the revurdering came in March 2014.
                k.ledighedsydelse(d("2012-05-14"), 10, 12).ly(d("2012-06-01"), null).revurdering(d("2014-03-06")),
                // Ledighedsydelse during four months of barsel does not count: the revurdering in April 2014 is in time.
                k.ledighedsydelse(d("2012-08-13"), 11, 12).ly(d("2012-09-01"), null)
                        .period("barsel", d("2013-06-01"), d("2013-09-30")).revurdering(d("2014-04-10")),
                k.ledighedsydelse(d("2013-07-22"), 8, 10).ly(d("2013-08-05"), null),
                k.fleksjob(d("2011-05-01"), 44, 20, "2013-10-24"),
                k.fleksjob(d("2013-03-01"), 28, 3));
    }

    private static List<Draft> vejen() {
        KommuneCases k = new KommuneCases("Vejen", 4);
        return List.of(
                k.bevilling(0, d("2013-05-30"), "medhold"),
                k.bevilling(1, d("2013-11-14")),
                k.bevilling(2, d("2014-03-13"), "FV3"),
                k.ressourceforloeb(3, d("2013-04-11"), 24, 7),
                k.ressourceforloeb(4, d("2014-02-13"), 18, 8, "RF3"),
                // Moved to Vejen after 16 months of ledighedsydelse: Vejen had until 6 months after the move.
                k.ledighedsydelse(d("2012-07-09"), 12, 12).ly(d("2012-08-01"), null).moved(d("2013-12-01"))
                        .revurdering(d("2014-05-15")),
                k.ledighedsydelse(d("2013-02-18"), 9, 10).ly(d("2013-03-04"), null).revurdering(d("2014-03-27")),
                k.ledighedsydelse(d("2012-12-03"), 13, 12).ly(d("2012-12-17"), null)
                        .within("sygdom", d("2013-09-02"), d("2013-10-25")).revurdering(d("2014-01-09")),
                k.fleksjob(d("2011-11-01"), 58, 10, "2014-03-12"),
                // A later fleksjob for a citizen over 40 (the first one, from before the reform, has ended): it may be permanent.
                k.fleksjob(d("2013-09-01"), 45, 12).laterFleksjob());
    }

    private static List<Draft> svendborg() {
        KommuneCases k = new KommuneCases("Svendborg", 5);
        return List.of(
                k.bevilling(0, d("2013-03-07"), "medhold"),
                k.bevilling(1, d("2013-10-17"), "FV2"),
                k.bevilling(2, d("2014-02-20")),
                k.bevilling(3, d("2014-06-05"), "medhold"),
                k.ressourceforloeb(4, d("2013-03-21"), 24, 13),
                k.ressourceforloeb(5, d("2013-08-22"), 24, 14, "RF4"),
                // Visited after LAB § 73 e took effect (24.6.2013), so the late first talk counts (LY1).
                k.ledighedsydelse(d("2013-07-01"), 38, 16).ly(d("2013-07-15"), null).answer("LY6", "nej"),
                // No revurdering at all: the decision audited is the visitation, the status item finds the gap.
                k.ledighedsydelse(d("2012-09-10"), 12, 16).ly(d("2012-10-01"), null).answer("LY6", "nej"),
                k.ledighedsydelse(d("2013-08-26"), 27, 12).ly(d("2013-09-09"), null),
                k.fleksjob(d("2011-09-01"), 39, 6),
                k.fleksjob(d("2011-03-01"), 55, 14, "2013-08-29"));
    }

    private static List<Draft> aabenraa() {
        KommuneCases k = new KommuneCases("Aabenraa", 6);
        return List.of(
                // The team found the capacity only partly reduced; the kommune granted fleksjob anyway.
                k.bevilling(0, d("2013-06-20"), "RT3"),
                // Also not informed: sent back, not changed (hjemvisning before ændring).
                k.bevilling(1, d("2013-12-05"), "RT3", "FB6"),
                k.bevilling(2, d("2014-03-20"), "RT2"),
                k.bevilling(3, d("2014-05-08"), "medhold"),
                k.ressourceforloeb(4, d("2013-02-07"), 12, 7, "RF5"),
                k.ressourceforloeb(5, d("2013-10-31"), 36, 7),
                k.ledighedsydelse(d("2013-01-14"), 12, 10).ly(d("2013-01-28"), null).revurdering(d("2014-02-06")),
                k.ledighedsydelse(d("2012-10-22"), 8, 12).ly(d("2012-11-05"), null)
                        .within("ferie", d("2013-07-08"), d("2013-07-26")).revurdering(d("2013-12-19")),
                k.ledighedsydelse(d("2013-04-22"), 15, 10).ly(d("2013-05-06"), null).revurdering(d("2014-05-22")),
                k.fleksjob(d("2012-01-01"), 42, 9, "2014-06-19"),
                k.fleksjob(d("2013-11-01"), 38, 6));
    }

    // ---- building the cases ------------------------------------------------------------------

    /** The reviewer's remark for an item answered "nej" or found not met. */
    private static final Map<String, String> REMARKS = Map.ofEntries(
            Map.entry("FB1", "Det fremgår ikke, at relevante tilbud, herunder omplacering, er afprøvet, før sagen kom i rehabiliteringsteamet."),
            Map.entry("FB2", "Den forberedende del mangler oplysninger om"),
            Map.entry("FB3", "Det fremgår ikke, at borgeren har været med til at udarbejde den forberedende del."),
            Map.entry("FB4", "Den forberedende del er først gjort færdig efter mødet i rehabiliteringsteamet."),
            Map.entry("FB5", "Lægeattesten LÆ265 er indhentet efter mødet i rehabiliteringsteamet."),
            Map.entry("FB6", "De lægelige oplysninger er for spinkle til at vurdere arbejdsevnen."),
            Map.entry("RT1", "Afgørelsen er truffet, før sagen var på møde i rehabiliteringsteamet."),
            Map.entry("RT2", "Kommunen har fraveget teamets indstilling uden at forelægge sagen for teamet igen."),
            Map.entry("RT3", "Sagens oplysninger viser ikke, at arbejdsevnen er varigt og væsentligt begrænset."),
            Map.entry("RT4", "Borgerens ressourcer er beskrevet, men ikke vægtet i den samlede vurdering."),
            Map.entry("LY1", "Den første samtale efter visitationen blev holdt senere end 3 uger efter."),
            Map.entry("LY2", "Revurderingen blev afsluttet for sent."),
            Map.entry("LY3", "Revurderingen forholder sig ikke til, om betingelserne for fleksjob fortsat er opfyldt."),
            Map.entry("LY4", "Revurderingen redegør ikke for de tilbud, der er brugt, eller for borgerens egen opfattelse."),
            Map.entry("LY5", "Det er ikke vurderet, om der er grundlag for at begynde en sag om førtidspension."),
            Map.entry("LY6", "Kontakten med borgeren efter visitationen har været sporadisk."),
            Map.entry("RF1", "Ressourceforløbet er kun bevilget for et halvt år."),
            Map.entry("RF2", "Der er holdt for få opfølgningssamtaler i ressourceforløbet."),
            Map.entry("RF3", "Det fremgår ikke, at indsatsdelen er udarbejdet sammen med borgeren."),
            Map.entry("RF4", "Indsatsen er ikke fastsat for mindst 6 måneder, og planen er ikke opdateret."),
            Map.entry("RF5", "Resultatet af forløbet er ikke vurderet, før forløbet sluttede."),
            Map.entry("FV1", "Borgeren er ikke partshørt over speciallægens vurdering."),
            Map.entry("FV2", "Afgørelsen er en standardtekst uden konkret begrundelse."),
            Map.entry("FV3", "Afgørelsen mangler klagevejledning."),
            Map.entry("FJ1", "Der er ikke fulgt op ved en personlig samtale 2½ år efter, at fleksjobbet begyndte."));

    /** The facts a story fault changes (dates, documents, talks); the other faults are reviewer answers. */
    private static final Set<String> FACT_FAULTS = Set.of("FB2", "FB4", "FB5", "RT1");

    /** Writes the cases of one kommune, numbered AST14-1017, AST14-1040, ... for block 1. */
    private static final class KommuneCases {
        private final Kommune kommune;
        private final int block;
        private int next;

        KommuneCases(String name, int block) {
            this.kommune = KommuneRegister.standard().find(name).orElseThrow();
            this.block = block;
        }

        private Draft draft(String type) {
            int n = next++;
            return new Draft(String.format("AST14-%d%03d", block, 17 + 23 * n), kommune, type,
                    "R" + (1 + (block + n) % 4));
        }

        /** A fleksjob decision after the rehabiliteringsteam; faults are item ids, "medhold" for full medhold. */
        Draft bevilling(int citizen, LocalDate decided, String... faults) {
            return draft("bevilling").prepared(citizen, decided, List.of(faults));
        }

        /**
         * A ressourceforløb granted for {@code months} (under 12: too short), with a follow-up talk every
         * {@code talkWeeks} weeks (more than 8: fewer than 6 a year).
         */
        Draft ressourceforloeb(int citizen, LocalDate decided, int months, int talkWeeks, String... faults) {
            List<String> f = List.of(faults);
            Draft d = draft("ressourceforløb").prepared(citizen, decided, f);
            LocalDate start = decided.plusDays(14);
            LocalDate end = start.plusMonths(months).minusDays(1);
            d.dates.put("ressourceforløb_start", start);
            d.courses.put("ressourceforløb", List.of(new CourseEntry(start, end, null, null, Map.of())));
            List<LocalDate> talks = new ArrayList<>();
            for (LocalDate t = start.plusWeeks(3); !t.isAfter(end) && !t.isAfter(AS_OF); t = t.plusWeeks(talkWeeks)) {
                talks.add(t);
            }
            d.events.put("opfølgningssamtaler", talks);
            if (months < 12) {
                d.remarks.add(REMARKS.get("RF1"));
            }
            if (52 / talkWeeks < 6) {
                d.remarks.add(REMARKS.get("RF2"));
            }
            d.answer("RF3", f.contains("RF3") ? "nej" : "ja");
            d.answer("RF4", f.contains("RF4") ? "nej" : "ja");
            if (end.isAfter(AS_OF)) {
                d.answer("RF5", "ikke relevant");
            } else {
                d.dates.put("ressourceforløb_slut", end);
                d.answer("RF5", f.contains("RF5") ? "nej" : "ja");
            }
            return d;
        }

        /** A file sent in while the case was still being prepared: nothing to assess. */
        Draft withoutDecision(int citizen, LocalDate meeting) {
            Draft d = draft("ressourceforløb");
            d.decision = new Decision(null, false);
            d.dates.put("rehabiliteringsteam", meeting);
            d.documents.put("forberedende_del", new CaseDocument(meeting.minusDays(20),
                    ReformDocuments.forberedendeDel(citizen, List.of())));
            d.verdict = Checklist.VERDICT_UNASSESSABLE;
            d.remarks.add("Sagen indeholder ingen afgørelse; den var stadig under behandling, da den blev indkaldt.");
            return d;
        }

        /**
         * A citizen visited to fleksjob, on ledighedsydelse: the first talk {@code firstTalk} days after
         * the visitation, then a contact talk every {@code contactWeeks} weeks up to the as-of date.
         */
        Draft ledighedsydelse(LocalDate visitation, int firstTalk, int contactWeeks) {
            Draft d = draft("ledighedsydelse");
            d.dates.put("visitation", visitation);
            List<LocalDate> talks = new ArrayList<>();
            for (LocalDate t = weekday(visitation.plusDays(firstTalk)); !t.isAfter(AS_OF); t = t.plusWeeks(contactWeeks)) {
                talks.add(t);
            }
            d.events.put("samtaler", talks);
            d.decision = new Decision(visitation, true);
            if (firstTalk > 21) {
                d.remarks.add(REMARKS.get("LY1"));
            }
            return d;
        }

        /** A citizen in fleksjob since {@code start}, with the follow-up talks held (ISO dates; none given: none held). */
        Draft fleksjob(LocalDate start, int age, double hours, String... followUps) {
            Draft d = draft("fleksjob");
            d.decision = new Decision(start.minusDays(21), true);
            d.dates.put("fleksjob_start", start);
            List<LocalDate> talks = new ArrayList<>();
            for (String f : followUps) {
                talks.add(LocalDate.parse(f));
            }
            if (talks.isEmpty() && start.plusMonths(30).isBefore(AS_OF)) {
                d.remarks.add(REMARKS.get("FJ1"));
            }
            if (!talks.isEmpty()) {
                d.events.put("opfølgninger", talks);
            }
            d.fields.put("første_fleksjob", "ja");
            d.fields.put("alder_ved_bevilling", Integer.toString(age));
            d.fields.put("timer_pr_uge", hours == Math.rint(hours) ? Integer.toString((int) hours) : Double.toString(hours));
            return d;
        }
    }

    /** One case while it is being written. */
    private static final class Draft {
        final String id;
        final Kommune kommune;
        final String type;
        final String reviewer;
        Decision decision;
        final Map<String, LocalDate> dates = new LinkedHashMap<>();
        final List<DatedPeriod> periods = new ArrayList<>();
        final Map<String, List<LocalDate>> events = new LinkedHashMap<>();
        final Map<String, List<CourseEntry>> courses = new LinkedHashMap<>();
        final Map<String, CaseDocument> documents = new LinkedHashMap<>();
        final List<String> medical = new ArrayList<>();
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, String> answers = new LinkedHashMap<>();
        final List<String> remarks = new ArrayList<>();
        String verdict;
        private int citizen;

        Draft(String id, Kommune kommune, String type, String reviewer) {
            this.id = id;
            this.kommune = kommune;
            this.type = type;
            this.reviewer = reviewer;
        }

        /** The preparation for the rehabiliteringsteam and the decision on its indstilling. */
        /** Faults in the order given, so the remark reads the same on every run. */
        Draft prepared(int citizen, LocalDate decided, List<String> faults) {
            this.citizen = citizen;
            boolean medhold = faults.contains("medhold");
            decision = new Decision(decided, true, medhold);
            LocalDate meeting = weekday(faults.contains("RT1") ? decided.plusDays(9) : decided.minusDays(12));
            dates.put("rehabiliteringsteam", meeting);
            documents.put("forberedende_del", new CaseDocument(weekday(faults.contains("FB4") ? meeting.plusDays(6)
                    : meeting.minusDays(19)), ReformDocuments.forberedendeDel(citizen, List.of())));
            documents.put("LÆ265", new CaseDocument(weekday(faults.contains("FB5") ? meeting.plusDays(8)
                    : meeting.minusDays(33)), Map.of()));
            medical.add("LÆ265");
            if (!faults.contains("FB6")) {
                medical.add(citizen % 2 == 0 ? "speciallægeerklæring" : "journaloplysninger fra egen læge");
            }
            List<String> asked = new ArrayList<>(List.of("FB1", "FB3", "FB6", "RT2", "RT3", "RT4", "FV1"));
            if (!medhold) {
                asked.addAll(List.of("FV2", "FV3"));
            }
            if (!type.equals("bevilling")) {
                asked.removeAll(List.of("FB6", "RT3", "RT4"));
            }
            for (String item : asked) {
                answer(item, faults.contains(item) ? "nej" : "ja");
            }
            for (String f : faults) {
                if (FACT_FAULTS.contains(f) && !f.equals("FB2")) {
                    remarks.add(REMARKS.get(f));
                }
            }
            return this;
        }

        /** The forberedende del leaves these elements out or answers them in a word. */
        Draft missing(String... elements) {
            CaseDocument before = documents.get("forberedende_del");
            documents.put("forberedende_del", new CaseDocument(before.date(),
                    ReformDocuments.forberedendeDel(citizen, List.of(elements))));
            remarks.add(0, REMARKS.get("FB2") + " " + String.join(", ", List.of(elements)).replace('_', ' ') + ".");
            return this;
        }

        Draft ly(LocalDate from, LocalDate to) {
            return period("ledighedsydelse", from, to);
        }

        Draft period(String type, LocalDate from, LocalDate to) {
            periods.add(new DatedPeriod(type, from, to));
            return this;
        }

        /**
         * Sickness or holiday while the citizen keeps receiving ledighedsydelse: the last ledighedsydelse
         * period is split around it (periods that count may not overlap).
         */
        Draft within(String type, LocalDate from, LocalDate to) {
            DatedPeriod ly = periods.remove(periods.size() - 1);
            periods.add(new DatedPeriod(ly.type(), ly.from(), from.minusDays(1)));
            periods.add(new DatedPeriod(type, from, to));
            periods.add(new DatedPeriod(ly.type(), to.plusDays(1), ly.to()));
            return this;
        }

        /** The revurdering is also the decision audited. */
        Draft revurdering(LocalDate date) {
            events.computeIfAbsent("revurderinger", k -> new ArrayList<>()).add(date);
            decision = new Decision(date, true);
            return this;
        }

        Draft moved(LocalDate date) {
            dates.put("flytning", date);
            return this;
        }

        /** Not the citizen's first fleksjob: one before the reform has ended. */
        Draft laterFleksjob() {
            fields.put("første_fleksjob", "nej");
            return this;
        }

        Draft answer(String item, String value) {
            answers.put(item, value);
            if (value.equals("nej") && !FACT_FAULTS.contains(item)) {
                String remark = REMARKS.get(item);
                if (!remarks.contains(remark)) {
                    remarks.add(remark);
                }
            }
            return this;
        }

        /** The reviewer's overall verdict, where the story has it differ from the derived one. */
        Draft reviewerSays(String v) {
            verdict = v;
            return this;
        }

        Case finish(Checklist checklist, Scorer scorer) {
            if (type.equals("ledighedsydelse")) {
                boolean revurdering = events.containsKey("revurderinger");
                for (String item : List.of("LY3", "LY4", "LY5")) {
                    answers.putIfAbsent(item, revurdering ? "ja" : "ikke relevant");
                }
                answers.putIfAbsent("LY6", "ja");
            }
            if (type.equals("ledighedsydelse") && !events.containsKey("revurderinger")
                    && periods.get(0).from().plusMonths(18).isBefore(PERIOD_TO)) {
                remarks.add("Der er ikke foretaget nogen revurdering, selv om borgeren har fået ledighedsydelse i mere end 18 måneder.");
            }
            Map<String, String> ordered = new LinkedHashMap<>();
            checklist.items().map(Item::id).filter(answers::containsKey).forEach(i -> ordered.put(i, answers.get(i)));
            if (decision.present()) {
                checklist.items().filter(i -> i.spec() instanceof ItemSpec.Assessment)
                        .filter(i -> i.caseTypes().isEmpty() || i.caseTypes().contains(type))
                        .filter(i -> !ordered.containsKey(i.id()) && !isConditional(i))
                        .findFirst().ifPresent(i -> {
                            throw new IllegalStateException("the 2014 story has no answer to " + i.id() + " for " + id
                                    + "; give the story one");
                        });
            }
            String remark = remarks.isEmpty() ? null : String.join(" ", remarks);
            Case c = new Case(id, kommune, type, decision, dates, periods, events, courses, documents, medical, fields,
                    new Review(reviewer, ordered, null, remark), new Origin("", "", Map.of()));
            String v = verdict != null ? verdict : scorer.score(c).derivedVerdict();
            return new Case(id, kommune, type, decision, dates, periods, events, courses, documents, medical, fields,
                    new Review(reviewer, ordered, v, remark), new Origin("", "", Map.of()));
        }

        private boolean isConditional(Item i) {
            return i.condition() != null && Boolean.TRUE.equals(decision.fullyGranted());
        }
    }
}
