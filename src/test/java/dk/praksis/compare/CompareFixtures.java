package dk.praksis.compare;

import dk.praksis.results.Aggregates;
import dk.praksis.results.AuditInfo;
import dk.praksis.results.ChecklistInfo;
import dk.praksis.results.ChecklistInfo.ConsequenceInfo;
import dk.praksis.results.ItemInfo;
import dk.praksis.results.KommuneRef;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.Tally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two audit years built by hand, so every expected figure can be computed independently
 * (src/test/python/stats_reference.py, lines starting "cmp").
 *
 * <ul>
 * <li>Alle kommuner: i overensstemmelse 48/80 (2010) and 56/70 (2011), Newcombe 1998 Table II (a);
 *     omgørelse (ændring + hjemvisning) 24/80 and 10/70; 2010 has two cases that cannot be assessed.</li>
 * <li>Vejen (575): i overensstemmelse 3/10 and 9/10; AP1 met 0 of 8 then 5 of 9 (a zero count).</li>
 * <li>Odense (461): both years, small changes. Ærø (492): 2010 only.</li>
 * <li>Items: AP1 unchanged; AP3 reworded; RV2 rule changed; AP2 (2010) is AP2b (2011) with a new rule
 *     (compared only through a mapping); KU1 is new in 2011; LK1 is counted on a Likert scale.</li>
 * </ul>
 */
final class CompareFixtures {

    static final KommuneRef VEJEN = new KommuneRef("575", "Vejen");
    static final KommuneRef ODENSE = new KommuneRef("461", "Odense");
    static final KommuneRef AEROE = new KommuneRef("492", "Ærø");

    private CompareFixtures() {
    }

    static ResultsFile y2010() {
        List<ItemInfo> items = List.of(
                item("AP1", "Er der gennemført arbejdsprøvning?", "fp-ap1"),
                item("AP2", "Er arbejdsprøvningen tilrettelagt individuelt?", "fp-ap2"),
                item("AP3", "Er arbejdsprøvningen relevant og dækkende?", "fp-ap3"),
                item("RV2", "Er retten til fleksjob revurderet rettidigt?", "fp-rv2-12-18"),
                item("LK1", "Har vejledningen været nyttig?", "fp-lk1"));
        Tally total = tally(82, Map.of("i_overensstemmelse", 48, "ændring", 10, "hjemvisning", 14, "formel", 8,
                        "kan_ikke_vurderes", 2),
                itemCounts(met(30, 20), met(20, 20), met(40, 30), met(10, 15), counted()));
        Tally vejen = tally(10, Map.of("i_overensstemmelse", 3, "ændring", 5, "hjemvisning", 2),
                itemCounts(met(0, 8), met(2, 2), met(4, 6), met(1, 2), counted()));
        Tally odense = tally(6, Map.of("i_overensstemmelse", 4, "formel", 2),
                itemCounts(met(3, 2), met(1, 1), met(4, 2), met(1, 1), counted()));
        Tally aeroe = tally(5, Map.of("i_overensstemmelse", 2, "hjemvisning", 3),
                itemCounts(met(1, 3), met(1, 1), met(2, 3), met(0, 1), counted()));
        return results(2010, items, total, List.of(
                new Aggregates.KommuneTally(ODENSE, odense),
                new Aggregates.KommuneTally(AEROE, aeroe),
                new Aggregates.KommuneTally(VEJEN, vejen)));
    }

    static ResultsFile y2011() {
        List<ItemInfo> items = List.of(
                item("AP1", "Er der gennemført arbejdsprøvning?", "fp-ap1"),
                item("AP2b", "Er arbejdsprøvningen tilrettelagt efter borgerens skånehensyn?", "fp-ap2b"),
                item("AP3", "Er arbejdsprøvningen relevant og dækkende for borgerens muligheder?", "fp-ap3"),
                item("RV2", "Er retten til fleksjob revurderet rettidigt?", "fp-rv2-12-24"),
                item("LK1", "Har vejledningen været nyttig?", "fp-lk1"),
                item("KU1", "Er der afholdt opfølgningssamtale?", "fp-ku1"));
        Tally total = tally(70, Map.of("i_overensstemmelse", 56, "ændring", 4, "hjemvisning", 6, "formel", 4),
                itemCounts(met(45, 15), met(30, 10), met(50, 15), met(20, 10), counted(), met(5, 5)));
        Tally vejen = tally(10, Map.of("i_overensstemmelse", 9, "hjemvisning", 1),
                itemCounts(met(5, 4), met(3, 1), met(6, 3), met(2, 1), counted(), met(1, 1)));
        Tally odense = tally(7, Map.of("i_overensstemmelse", 4, "hjemvisning", 3),
                itemCounts(met(4, 2), met(1, 2), met(4, 3), met(2, 1), counted(), met(1, 0)));
        return results(2011, items, total, List.of(
                new Aggregates.KommuneTally(ODENSE, odense),
                new Aggregates.KommuneTally(VEJEN, vejen)));
    }

    /** A year with only the verdict "i overensstemmelse" out of n, for trend tests. */
    static ResultsFile verdictsOnly(int year, int inAccordance, int cases) {
        Tally t = tally(cases, Map.of("i_overensstemmelse", inAccordance, "hjemvisning", cases - inAccordance),
                new LinkedHashMap<>());
        return results(year, List.of(), t, List.of(new Aggregates.KommuneTally(VEJEN, t)));
    }

    static ResultsFile results(int year, List<ItemInfo> items, Tally total, List<Aggregates.KommuneTally> kommuner) {
        return new ResultsFile(ResultsFile.FORMAT,
                new AuditInfo("Praksisundersøgelse om fleksjob " + year, "Beskæftigelsesankenævnet", year, null,
                        null, Map.of()),
                new ChecklistInfo("fleksjob-" + year, 1, "Fleksjob", "sha-" + year, List.of(
                        new ConsequenceInfo("ændring", "Ville blive ændret", true),
                        new ConsequenceInfo("hjemvisning", "Ville blive hjemvist", true),
                        new ConsequenceInfo("formel", "Formel fejl", false))),
                items, new Aggregates(total, kommuner), List.of());
    }

    static ItemInfo item(String id, String text, String fingerprint) {
        return new ItemInfo(id, id.substring(0, 2), text, "vurdering", "hjemvisning", null, fingerprint);
    }

    static Tally tally(int cases, Map<String, Integer> verdicts, Map<String, Tally.ItemTally> items) {
        return new Tally(cases, verdicts, 0, items);
    }

    static Tally.ItemTally met(int met, int notMet) {
        return new Tally.ItemTally(met, notMet, 0, Map.of());
    }

    static Tally.ItemTally counted() {
        return new Tally.ItemTally(0, 0, 0, Map.of("i høj grad", 3, "slet ikke", 1));
    }

    /** Item counts in the order AP1, AP2/AP2b, AP3, RV2, LK1, KU1 (as many as given). */
    private static Map<String, Tally.ItemTally> itemCounts(Tally.ItemTally... counts) {
        List<String> ids = new ArrayList<>(List.of("AP1", counts.length > 5 ? "AP2b" : "AP2", "AP3", "RV2", "LK1", "KU1"));
        Map<String, Tally.ItemTally> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            m.put(ids.get(i), counts[i]);
        }
        return m;
    }
}
