package dk.praksis.scoring;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Origin;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Horizon;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemSpec.Counting;
import dk.praksis.checklist.ItemSpec.MonthCounting;
import dk.praksis.checklist.ItemType;
import dk.praksis.checklist.Section;
import dk.praksis.checklist.Span;
import dk.praksis.scoring.DeadlineResult.Cycle;
import dk.praksis.scoring.DeadlineResult.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aktivlovens § 74 c as DOMAIN.md reads it: the duty arises after 12 months of ledighedsydelse within
 * 18, the revurdering must be finished when 18 months are reached, the count restarts after each
 * revurdering, barsel never counts, and a move can extend the limit to 6 months after the move.
 * Every date is computed by hand in the comments.
 */
class TwoMomentDeadlineTest {

    static final Span M6 = new Span(0, 6, 0, 0);
    static final Span M12 = new Span(0, 12, 0, 0);
    static final Span M18 = new Span(0, 18, 0, 0);

    static final ItemSpec.Deadline P74C = new ItemSpec.Deadline(Counting.SAMMENLAGT, null,
            List.of("ledighedsydelse"), M12, M18, "revurderinger", true, 0, MonthCounting.KALENDER,
            List.of("barsel", "sorgorlov"), M18, new ItemSpec.Move("datoer.flytning", M6));

    static DatedPeriod p(String type, String from, String to) {
        return new DatedPeriod(type, d(from), to == null ? null : d(to));
    }

    static DeadlineResult run(List<DatedPeriod> periods, List<LocalDate> events, List<LocalDate> moves, String asOf) {
        return DeadlineEngine.compute(P74C, null, periods, events, moves, d(asOf));
    }

    @Test
    void continuousLedighedsydelse() {
        // From 01.06.2008: 12 months are 365 days, reached 01.06.2009 (the duty arises); 18 months from
        // 01.06.2008 are 365 + 183 = 548 days, reached 01.12.2009 (the limit). Revurdering 20.11.2009 is on time.
        // The count restarts 21.11.2009: duty 21.11.2010 (365 days, no leap day), limit 21.05.2011. No new
        // revurdering by 30.11.2011: 10 + 30 + 31 + 31 + 30 + 31 + 30 = 193 days late.
        DeadlineResult r = run(List.of(p("ledighedsydelse", "2008-06-01", null)), List.of(d("2009-11-20")), List.of(),
                "2011-11-30");
        assertThat(r.cycles()).containsExactly(
                new Cycle(d("2008-06-01"), d("2009-12-01"), d("2009-11-20"), Status.MET, -11, d("2009-06-01"), null),
                new Cycle(d("2009-11-21"), d("2011-05-21"), null, Status.MISSED, 193, d("2010-11-21"), null));
    }

    @Test
    void barselInTheMiddleDoesNotCount() {
        // Ledighedsydelse runs throughout, barsel 01.10.2008–31.12.2008 (31 + 30 + 31 = 92 days) lies inside it.
        // Counted: 01.06–30.09.2008 = 122 days, then from 01.01.2009. The duty: 365 − 122 = 243 more days,
        // the 243rd is 31.08.2009 (212 to 31.07 + 31), so 01.09.2009 = 01.06.2009 + 92. The limit: 548 − 122
        // = 426 more days, 365 in 2009 and 61 in 2010 (31 + 28 + 2), so 03.03.2010 = 01.12.2009 + 92.
        DeadlineResult r = run(List.of(p("ledighedsydelse", "2008-06-01", null), p("barsel", "2008-10-01", "2008-12-31")),
                List.of(d("2010-03-03")), List.of(), "2010-03-31");
        Cycle first = r.cycles().get(0);
        assertThat(first.trigger()).isEqualTo(d("2009-09-01"));
        assertThat(first.due()).isEqualTo(d("2010-03-03"));
        assertThat(first.status()).isEqualTo(Status.MET);
        assertThat(first.daysLate()).isZero();
    }

    @Test
    void sparsePeriodsReachEighteenMonthsInTotalButNeverTwelveWithinEighteen() {
        // Five months on, five off: 152 + 151 + 153 + 153 = 609 days in all, more than the 547 of 18 months
        // from 01.01.2008, but an 18-month window holds at most two blocks and part of a third, about 10
        // months. The duty never arises, so no limit either.
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2008-01-01", "2008-05-31"),
                p("job", "2008-06-01", "2008-10-31"), p("ledighedsydelse", "2008-11-01", "2009-03-31"),
                p("job", "2009-04-01", "2009-08-31"), p("ledighedsydelse", "2009-09-01", "2010-01-31"),
                p("job", "2010-02-01", "2010-06-30"), p("ledighedsydelse", "2010-07-01", "2010-11-30"));
        DeadlineResult r = run(periods, List.of(), List.of(), "2011-06-30");
        assertThat(r.cycles()).isEmpty();
        assertThat(r.noDeadline()).isEqualTo(DeadlineResult.NoDeadline.NEVER_REACHED);
    }

    @Test
    void aMoveAtMonthSeventeenExtendsTheLimitToSixMonthsAfterTheMove() {
        // Continuous from 01.06.2008: the limit is 01.12.2009. A move 01.11.2009 (month 17) leaves one month;
        // 6 months after the move is 01.05.2010, later than the limit, so that is the limit. 15.04.2010 is on time.
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2008-06-01", null));
        DeadlineResult moved = run(periods, List.of(d("2010-04-15")), List.of(d("2009-11-01")), "2010-04-30");
        assertThat(moved.cycles().get(0)).isEqualTo(new Cycle(d("2008-06-01"), d("2010-05-01"), d("2010-04-15"),
                Status.MET, -16, d("2009-06-01"), d("2009-11-01")));
        // Without the move the same revurdering is 135 days late (01.12.2009 to 15.04.2010: 31 + 31 + 28 + 31 + 14).
        DeadlineResult stayed = run(periods, List.of(d("2010-04-15")), List.of(), "2010-04-30");
        assertThat(stayed.cycles().get(0).status()).isEqualTo(Status.MISSED);
        assertThat(stayed.cycles().get(0).daysLate()).isEqualTo(135);
        // A move at month 5 (01.11.2008) leaves 13 months; 6 months after it is 01.05.2009, before the limit.
        DeadlineResult early = run(periods, List.of(d("2009-11-20")), List.of(d("2008-11-01")), "2009-12-31");
        assertThat(early.cycles().get(0).due()).isEqualTo(d("2009-12-01"));
        assertThat(early.cycles().get(0).moved()).isNull();
    }

    @Test
    void theCountRestartsAfterEachRevurderingEvenAnEarlyOne() {
        // A revurdering 01.03.2009 comes before the duty (01.06.2009) and restarts the count on 02.03.2009:
        // duty 02.03.2010 (365 days), limit 02.09.2010 (365 + 184 = 549 days: 02.03.2009 + 18 months).
        DeadlineResult r = run(List.of(p("ledighedsydelse", "2008-06-01", null)), List.of(d("2009-03-01")), List.of(),
                "2010-06-30");
        assertThat(r.cycles()).containsExactly(
                new Cycle(d("2008-06-01"), d("2009-12-01"), d("2009-03-01"), Status.MET, -275, d("2009-06-01"), null),
                new Cycle(d("2009-03-02"), d("2010-09-02"), null, Status.NOT_YET_DUE, -64, d("2010-03-02"), null));
    }

    // ---- reasons, through the scorer, with the horizon ------------------------------------------------

    static Item item(Horizon horizon) {
        return new Item("RV2", "Er retten til fleksjob revurderet rettidigt?", ItemType.FRIST, List.of(), null,
                "formel", "Aktivlovens § 74 c", null, P74C, 1, horizon, null, null);
    }

    static Checklist checklist(Item item) {
        Checklist base = Fixtures.checklist();
        return new Checklist(base.id(), base.version(), base.title(), base.description(), base.legalBasis(),
                base.caseTypes(), base.scales(), base.consequences(),
                List.of(new Section("RV", "Revurdering", List.of(), List.of(item))), base.source(), base.sha256());
    }

    static Case reassessment(String decision, List<DatedPeriod> periods, List<LocalDate> revurderinger,
                             Map<String, LocalDate> dates) {
        return new Case("T-1", Fixtures.VEJEN, "revurdering", new Decision(d(decision), true), dates, periods,
                Map.of("revurderinger", revurderinger), Map.of(), Map.of(), List.of(), Map.of(), null,
                new Origin("sager.yaml", "1:1", Map.of()));
    }

    static ItemResult score(Horizon horizon, Case c, String asOf, String periodEnd) {
        Item item = item(horizon);
        return new Scorer(checklist(item), d(asOf), periodEnd == null ? null : d(periodEnd)).evaluate(item, c);
    }

    @Test
    void goldenReasonNamesBothMoments() {
        Case c = reassessment("2009-11-20", List.of(p("ledighedsydelse", "2008-06-01", null)), List.of(d("2009-11-20")),
                Map.of());
        ItemResult r = score(Horizon.AFGOERELSE, c, "2011-11-30", null);
        assertThat(r.outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(r.reason()).isEqualTo("Pligten opstod 01.06.2009 (12 måneders ledighedsydelse inden for 18); "
                + "revurderingen skulle være afsluttet senest 01.12.2009 (18 måneder); den kom 20.11.2009. "
                + "Pligten til revurdering var endnu ikke opstået på afgørelsesdatoen 20.11.2009; den ville opstå "
                + "21.11.2010 (12 måneders ledighedsydelse inden for 18).");
    }

    @Test
    void horizonDecisionVersusAsOfDate() {
        // The same case judged at the decision is on time; judged at the as-of date the next cycle's limit
        // 21.05.2011 has passed by 193 days without a new revurdering.
        Case c = reassessment("2009-11-20", List.of(p("ledighedsydelse", "2008-06-01", null)), List.of(d("2009-11-20")),
                Map.of());
        ItemResult asOf = score(Horizon.OPGOERELSESDATO, c, "2011-11-30", null);
        assertThat(asOf.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(asOf.reason()).endsWith("Pligten opstod på ny 21.11.2010 (12 måneders ledighedsydelse inden for 18); "
                + "revurderingen skulle være afsluttet senest 21.05.2011 (18 måneder); der var ingen ny revurdering "
                + "på opgørelsesdatoen 30.11.2011, 193 dage efter.");
        // At the end of the audit period (30.06.2011) the limit 21.05.2011 had passed by 40 days.
        ItemResult periodEnd = score(Horizon.PERIODENS_SLUTNING, c, "2011-11-30", "2011-06-30");
        assertThat(periodEnd.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(periodEnd.reason()).endsWith("på periodens slutdato 30.06.2011, 40 dage efter.");
        ItemResult noPeriod = score(Horizon.PERIODENS_SLUTNING, c, "2011-11-30", null);
        assertThat(noPeriod.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
    }

    @Test
    void noDutyYetIsNotRelevantWithAReason() {
        Case c = reassessment("2009-06-30", List.of(p("ledighedsydelse", "2009-01-01", null)), List.of(), Map.of());
        ItemResult r = score(Horizon.AFGOERELSE, c, "2011-11-30", null);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(r.reason()).isEqualTo("Pligten til revurdering var endnu ikke opstået på afgørelsesdatoen "
                + "30.06.2009; den ville opstå 01.01.2010 (12 måneders ledighedsydelse inden for 18).");
    }

    @Test
    void goldenReasonForAMove() {
        Case c = reassessment("2010-04-15", List.of(p("ledighedsydelse", "2008-06-01", null)), List.of(d("2010-04-15")),
                Map.of("flytning", d("2009-11-01")));
        ItemResult r = score(Horizon.AFGOERELSE, c, "2010-11-30", null);
        assertThat(r.outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(r.reason()).startsWith("Pligten opstod 01.06.2009 (12 måneders ledighedsydelse inden for 18); "
                + "revurderingen skulle være afsluttet senest 01.05.2010 (6 måneder efter flytningen 01.11.2009, da "
                + "18 måneder ellers ikke kunne nås); den kom 15.04.2010.");
    }

    @Test
    void goldenReasonForALateRevurdering() {
        Case c = reassessment("2010-04-15", List.of(p("ledighedsydelse", "2008-06-01", null)), List.of(d("2010-04-15")),
                Map.of());
        ItemResult r = score(Horizon.AFGOERELSE, c, "2010-11-30", null);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.consequence()).isEqualTo("formel");
        assertThat(r.reason()).startsWith("Pligten opstod 01.06.2009 (12 måneders ledighedsydelse inden for 18); "
                + "revurderingen skulle være afsluttet senest 01.12.2009 (18 måneder); den kom 15.04.2010, "
                + "135 dage for sent.");
    }

    @Test
    void sparsePeriodsGiveNoDuty() {
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2008-01-01", "2008-05-31"),
                p("job", "2008-06-01", "2008-10-31"), p("ledighedsydelse", "2008-11-01", "2009-03-31"),
                p("job", "2009-04-01", "2009-08-31"), p("ledighedsydelse", "2009-09-01", "2010-01-31"),
                p("job", "2010-02-01", "2010-06-30"), p("ledighedsydelse", "2010-07-01", "2010-11-30"));
        ItemResult r = score(Horizon.OPGOERELSESDATO, reassessment("2010-12-15", periods, List.of(), Map.of()),
                "2011-06-30", null);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(r.reason()).isEqualTo("Perioderne med ledighedsydelse når ikke sammenlagt 12 måneder inden for "
                + "18 måneder, så pligten er ikke opstået.");
    }
}
