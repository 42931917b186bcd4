package dk.praksis.checklist;

import static dk.praksis.checklist.TestChecklists.load;
import static dk.praksis.checklist.TestChecklists.problems;
import static dk.praksis.checklist.TestChecklists.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML of two-moment deadlines, non-counting periods, moves and horizons, and what lint says about it. */
class TwoMomentSyntaxTest {

    @TempDir
    Path dir;

    static final String BEFORE = "          hændelse: revurderinger\n          genstarter: true\n"
            + "        ved_ikke_opfyldt: formel\n";
    static final String P74C = "          hændelse: revurderinger\n          afsluttet_senest: 18 måneder\n"
            + "          tæller_ikke: [barsel, sorgorlov]\n"
            + "          ved_flytning: {dato: datoer.flytning, forlængelse: 6 måneder}\n"
            + "          genstarter: true\n        ved_ikke_opfyldt: formel\n        horisont: periodens_slutning\n";

    @Test
    void readsEveryNewKey() {
        Checklist c = load(dir, with(BEFORE, P74C));
        Item a2 = c.item("A2").orElseThrow();
        ItemSpec.Deadline d = (ItemSpec.Deadline) a2.spec();
        assertThat(d.twoMoments()).isTrue();
        assertThat(d.completion()).isEqualTo(new Span(0, 18, 0, 0));
        assertThat(d.nonCounting()).containsExactly("barsel", "sorgorlov");
        assertThat(d.move()).isEqualTo(new ItemSpec.Move("datoer.flytning", new Span(0, 6, 0, 0)));
        assertThat(a2.horizon()).isEqualTo(Horizon.PERIODENS_SLUTNING);
        assertThat(c.nonCountingPeriodTypes()).containsExactly("barsel", "sorgorlov");
        assertThat(ItemDescriber.rule(a2, c)).isEqualTo("Frist i to trin: pligten opstår efter sammenlagt 12 måneder"
                + " med ledighedsydelse inden for 18 måneder; skal være afsluttet senest, når ledighedsydelse sammenlagt"
                + " har varet 18 måneder fra cyklussens første tællende dag; dage med barsel eller sorgorlov tæller"
                + " aldrig med; ved flytning (datoen for flytning) forlænges fristen til 6 måneder efter flytningen, hvis"
                + " den ellers falder før; opfyldes af en revurdering; optællingen begynder forfra efter hver;"
                + " vurderes frem til undersøgelsens periodes slutning (senere hændelser og perioder tæller ikke)"
                .replace("undersøgelsens periodes slutning", "undersøgelsesperiodens slutning"));
    }

    @Test
    void aDeadlineIsJudgedUpToTheDecisionUnlessTheChecklistSaysOtherwise() {
        Checklist c = load(dir, TestChecklists.BASE);
        assertThat(c.item("A2").orElseThrow().horizon()).isEqualTo(Horizon.AFGOERELSE);
        assertThat(c.item("A1").orElseThrow().horizon()).isEqualTo(Horizon.OPGOERELSESDATO);
    }

    @Test
    void aCompletionShorterThanTheTriggerIsImpossible() {
        assertThat(problems(dir, with("          genstarter: true\n",
                "          genstarter: true\n          afsluttet_senest: 6 måneder\n"))).containsExactly(
                "skema.yaml:31:29: spørgsmål A2: 'afsluttet_senest' (6 måneder) er kortere end 'længde' (12 måneder):"
                        + " fristen for at afslutte kan ikke falde, før pligten opstår");
    }

    @Test
    void aTypeCannotBothCountAndNeverCount() {
        assertThat(problems(dir, with("          genstarter: true\n",
                "          genstarter: true\n          tæller_ikke: [ledighedsydelse]\n"))).containsExactly(
                "skema.yaml:31:25: spørgsmål A2: periodetypen 'ledighedsydelse' står både i 'perioder' og i 'tæller_ikke'");
    }

    @Test
    void theMoveNeedsADateAndALength() {
        assertThat(problems(dir, with("          genstarter: true\n",
                "          genstarter: true\n          ved_flytning: {dato: felter.flytning, forlængelse: 6 mdrr}\n")))
                .containsExactly(
                        "skema.yaml:31:32: spørgsmål A2: 'dato': feltstien 'felter.flytning' giver ikke en dato; brug fx"
                                + " afgørelse.dato, datoer.NAVN, dokumenter.NAVN.dato eller hændelser.NAVN",
                        "skema.yaml:31:62: spørgsmål A2: 'forlængelse': '6 mdrr' er ikke en varighed; skriv fx"
                                + " \"12 måneder\", \"3 uger\", \"2 år 6 måneder\", \"2½ år\" eller \"14 dage\"");
    }

    @Test
    void unknownHorizonAndHorizonOnAnAssessment() {
        List<String> p = problems(dir, with("        svarskala: ja-nej\n", "        svarskala: ja-nej\n        horisont: afgørelse\n")
                .replace("    ved_ikke_opfyldt: formel\n", "    ved_ikke_opfyldt: formel\n        horisont: opgørelse\n"));
        assertThat(p).containsExactly(
                "skema.yaml:20:19: spørgsmål A1: 'horisont' bruges kun ved spørgsmål, programmet beregner; bedømmeren"
                        + " vurderer selv et vurderingsspørgsmål",
                "skema.yaml:33:19: spørgsmål A2: 'opgørelse' er ikke en gyldig værdi for 'horisont' (mente du"
                        + " 'afgørelse'?); gyldige værdier: afgørelse, periodens_slutning, opgørelsesdato");
    }
}
