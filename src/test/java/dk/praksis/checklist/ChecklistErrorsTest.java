package dk.praksis.checklist;

import static dk.praksis.checklist.TestChecklists.BASE;
import static dk.praksis.checklist.TestChecklists.problems;
import static dk.praksis.checklist.TestChecklists.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule: the Danish message, its line:column and the item it names. */
class ChecklistErrorsTest {

    @TempDir
    Path dir;

    // --- YAML syntax

    @Test
    void badIndentationNamesLineColumnAndNearestItem() {
        assertThat(problems(dir, with("        type: vurdering\n", "         type: vurdering\n"))).containsExactly(
                "skema.yaml:18:14: nær id A1: forkert indrykning eller et kolon på et uventet sted: linjen passer ikke"
                        + " ind i blokken over den (sæt tekst med kolon i anførselstegn)");
        assertThat(problems(dir, with("        type: vurdering\n", "       type: vurdering\n"))).containsExactly(
                "skema.yaml:18:8: nær id A1: forkert indrykning: linjen står ikke på linje med de andre nøgler i sin"
                        + " blok (blokken begynder på linje 16)");
    }

    @Test
    void tabsAreNamed() {
        assertThat(problems(dir, with("  bevilling: Bevilling", "\tbevilling: Bevilling"))).singleElement().asString()
                .startsWith("skema.yaml:5:1: ").endsWith("tabulatortegn må ikke bruges til indrykning i YAML; brug mellemrum");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThat(problems(dir, with("        svarskala: ja-nej\n", "        svarskala: ja-nej\n        svarskala: likert\n")))
                .singleElement().asString().startsWith("skema.yaml:20:")
                .endsWith("nøglen 'svarskala' står to gange i samme blok");
    }

    @Test
    void emptyFile() {
        assertThat(problems(dir, "# intet\n")).containsExactly("skema.yaml: filen er tom; et måleskema skal mindst have"
                + " id, version, titel, sagstyper, svarskalaer, konsekvenser og afsnit");
    }

    // --- schema, translated

    @Test
    void unknownKeyPointsAtTheKeyAndSuggestsTheNearest() {
        assertThat(problems(dir, with("        svarskala: ja-nej", "        svarskal: ja-nej"))).contains(
                "skema.yaml:19:9: spørgsmål A1: ukendt nøgle 'svarskal' (mente du 'svarskala'?); tilladte nøgler her:"
                        + " id, tekst, type, sagstyper, betingelse, ved_ikke_opfyldt, regel, læsning, gælder_fra, gælder_til,"
                        + " horisont, svarskala");
        assertThat(problems(dir, with("    titel: Afsnit A", "    titl: Afsnit A"))).contains(
                "skema.yaml:13:5: afsnit A: ukendt nøgle 'titl' (mente du 'titel'?); tilladte nøgler her: id, titel,"
                        + " sagstyper, spørgsmål");
    }

    @Test
    void unknownKeyInsideADeadline() {
        assertThat(problems(dir, with("      genstarter: true", "      genstart: true"))).containsExactly(
                "skema.yaml:30:11: spørgsmål A2: ukendt nøgle 'genstart' (mente du 'genstarter'?); tilladte nøgler her:"
                        + " optælling, start, perioder, længde, inden_for, hændelse, genstarter, tolerance, måneder,"
                        + " tæller_ikke, afsluttet_senest, ved_flytning");
    }

    @Test
    void missingRequiredKey() {
        assertThat(problems(dir, with("        tekst: Vurdering?\n", ""))).containsExactly(
                "skema.yaml:16:9: spørgsmål A1: mangler den krævede nøgle 'tekst'");
        assertThat(problems(dir, with("        svarskala: ja-nej\n", ""))).containsExactly(
                "skema.yaml:16:9: spørgsmål A1: mangler den krævede nøgle 'svarskala'");
    }

    @Test
    void wrongType() {
        assertThat(problems(dir, with("version: 1", "version: en"))).containsExactly(
                "skema.yaml:2:10: 'version' skal være et heltal, men er en tekst");
        assertThat(problems(dir, with("      genstarter: true", "      genstarter: måske"))).containsExactly(
                "skema.yaml:30:23: spørgsmål A2: 'genstarter' skal være true eller false, men er en tekst");
    }

    @Test
    void unknownItemTypeListsTheValidOnes() {
        assertThat(problems(dir, with("type: frist", "type: fristen"))).containsExactly(
                "skema.yaml:23:15: spørgsmål A2: ukendt spørgsmålstype 'fristen' (mente du 'frist'?); gyldige typer:"
                        + " vurdering, frist, fuldstændighed, forløb, dato_før, hyppighed");
    }

    @Test
    void invalidEnumValue() {
        assertThat(problems(dir, with("optælling: sammenlagt", "optælling: samlet"))).containsExactly(
                "skema.yaml:25:22: spørgsmål A2: 'samlet' er ikke en gyldig værdi for 'optælling';"
                        + " gyldige værdier: sammenlagt, fra_dato");
    }

    // --- semantic checks

    @Test
    void duplicateItemId() {
        assertThat(problems(dir, with("  - id: A2", "  - id: A1"))).containsExactly(
                "skema.yaml:21:13: spørgsmål A1: id'et 'A1' er allerede brugt af spørgsmålet på linje 16; hvert id skal"
                        + " være entydigt");
    }

    @Test
    void duplicateSectionId() {
        assertThat(problems(dir, BASE + """
                  - id: A
                    titel: Igen
                    spørgsmål:
                      - id: B1
                        tekst: x
                        type: vurdering
                        svarskala: ja-nej
                """)).containsExactly("skema.yaml:32:9: afsnit A: id'et 'A' er allerede brugt af afsnittet på linje 12;"
                + " hvert id skal være entydigt");
    }

    @Test
    void unknownScale() {
        assertThat(problems(dir, with("svarskala: ja-nej", "svarskala: janej"))).containsExactly(
                "skema.yaml:19:20: spørgsmål A1: ukendt svarskala 'janej' (mente du 'ja-nej'?); måleskemaets"
                        + " svarskalaer: ja-nej, likert");
    }

    @Test
    void countedScaleCannotFail() {
        assertThat(problems(dir, with("svarskala: ja-nej", "svarskala: likert"))).containsExactly(
                "skema.yaml:20:27: spørgsmål A1: svarskalaen 'likert' er tællende (værdier) og kan ikke give 'ikke"
                        + " opfyldt'; fjern ved_ikke_opfyldt eller brug en skala med opfyldt/ikke_opfyldt");
    }

    @Test
    void scaleShapes() {
        assertThat(problems(dir, with("  likert: {værdier:", "  likert: {opfyldt: [ja], værdier:"))).containsExactly(
                "skema.yaml:9:11: svarskala likert: brug enten 'værdier' (en tællende skala, fx Likert) eller"
                        + " opfyldt/ikke_opfyldt/ikke_relevant (en bedømmende skala), ikke begge");
        assertThat(problems(dir, with("ikke_opfyldt: [nej], ", ""))).containsExactly(
                "skema.yaml:8:11: svarskala ja-nej: en bedømmende skala skal have både 'opfyldt' og 'ikke_opfyldt'"
                        + " (en tællende skala har i stedet 'værdier')");
        assertThat(problems(dir, with("ikke_opfyldt: [nej]", "ikke_opfyldt: [nej, Ja]"))).containsExactly(
                "skema.yaml:8:47: svarskala ja-nej: svaret 'Ja' står mere end én gang i skalaen");
    }

    @Test
    void unknownScaleKeyNamesTheScale() {
        assertThat(problems(dir, with("ikke_relevant: [ikke relevant]", "ikke_relevent: [ikke relevant]")))
                .containsExactly("skema.yaml:8:48: svarskala ja-nej: ukendt nøgle 'ikke_relevent' (mente du"
                        + " 'ikke_relevant'?); tilladte nøgler her: opfyldt, ikke_opfyldt, ikke_relevant, værdier, konsekvens_ved_svar");
    }

    @Test
    void unknownConsequence() {
        assertThat(problems(dir, with("ved_ikke_opfyldt: formel", "ved_ikke_opfyldt: formelt"))).containsExactly(
                "skema.yaml:31:27: spørgsmål A2: ukendt konsekvens 'formelt' (mente du 'formel'?); måleskemaets"
                        + " konsekvenser: ændring, hjemvisning, formel");
    }

    @Test
    void duplicateOrReservedConsequence() {
        assertThat(problems(dir, with("[ændring, hjemvisning, formel]", "[ændring, hjemvisning, formel, ændring]")))
                .containsExactly("skema.yaml:10:46: konsekvensen 'ændring' står to gange");
        assertThat(problems(dir, with("[ændring, hjemvisning, formel]", "[ændring, hjemvisning, formel, kan_ikke_vurderes]")))
                .containsExactly("skema.yaml:10:46: 'kan_ikke_vurderes' er en fast samlet vurdering og kan ikke bruges"
                        + " som konsekvens");
    }

    @Test
    void unparsableDuration() {
        assertThat(problems(dir, with("længde: 12 måneder", "længde: 12 mdrr"))).containsExactly(
                "skema.yaml:27:19: spørgsmål A2: 'længde': '12 mdrr' er ikke en varighed; skriv fx \"12 måneder\","
                        + " \"3 uger\", \"2 år 6 måneder\", \"2½ år\" eller \"14 dage\"");
    }

    @Test
    void windowShorterThanLength() {
        assertThat(problems(dir, with("inden_for: 18 måneder", "inden_for: 6 måneder"))).containsExactly(
                "skema.yaml:28:22: spørgsmål A2: 'inden_for' (6 måneder) er kortere end 'længde' (12 måneder)");
    }

    @Test
    void toleranceIsInDaysOrWeeks() {
        assertThat(problems(dir, with("          genstarter: true\n", "          genstarter: true\n          tolerance: 1 måned\n")))
                .containsExactly("skema.yaml:31:22: spørgsmål A2: 'tolerance' skal angives i dage eller uger, fx \"7 dage\"");
    }

    @Test
    void unknownCaseTypes() {
        assertThat(problems(dir, with("sagstyper: [bevilling]", "sagstyper: [bevillling]"))).containsExactly(
                "skema.yaml:14:17: afsnit A: ukendt sagstype 'bevillling' (mente du 'bevilling'?); måleskemaets"
                        + " sagstyper: bevilling, revurdering");
        assertThat(problems(dir, with("        tekst: Frist?\n", "        tekst: Frist?\n        sagstyper: [revurdering]\n")))
                .containsExactly("skema.yaml:23:21: spørgsmål A2: sagstypen 'revurdering' er ikke med i afsnittets"
                        + " sagstyper (bevilling); et spørgsmål kan kun indsnævre dem");
    }

    @Test
    void fromDateNeedsStartAndCumulativeNeedsPeriods() {
        assertThat(problems(dir, with("optælling: sammenlagt\n          perioder: [ledighedsydelse]\n",
                "optælling: fra_dato\n          perioder: [ledighedsydelse]\n"))).containsExactly(
                "skema.yaml:25:11: spørgsmål A2: en frist med optælling fra_dato skal have 'start' (fx start:"
                        + " datoer.visitation)",
                "skema.yaml:26:21: spørgsmål A2: 'perioder' bruges kun ved optælling fra_dato".replace("fra_dato", "sammenlagt"),
                "skema.yaml:28:22: spørgsmål A2: 'inden_for' bruges kun ved optælling sammenlagt");
        assertThat(problems(dir, with("          perioder: [ledighedsydelse]\n", "          start: datoer.visitation\n")))
                .containsExactly(
                        "skema.yaml:25:11: spørgsmål A2: en frist med optælling sammenlagt skal have 'perioder' (de"
                                + " periodetyper, der tæller, fx [ledighedsydelse])",
                        "skema.yaml:26:18: spørgsmål A2: 'start' bruges kun ved optælling fra_dato");
    }

    @Test
    void fieldPathsNeedAKnownRoot() {
        String fromDate = "optælling: fra_dato\n          start: %s\n";
        String from = "optælling: sammenlagt\n          perioder: [ledighedsydelse]\n";
        String noWindow = "          inden_for: 18 måneder\n";
        assertThat(problems(dir, with(from, fromDate.formatted("dato.visitation")).replace(noWindow, ""))).containsExactly(
                "skema.yaml:26:18: spørgsmål A2: 'start': feltstien 'dato.visitation' begynder med et ukendt led 'dato'"
                        + " (mente du 'datoer'?); kendte led: sagstype, kommune, afgørelse, datoer, dokumenter,"
                        + " hændelser, felter");
        assertThat(problems(dir, with(from, fromDate.formatted("felter.alder")).replace(noWindow, ""))).containsExactly(
                "skema.yaml:26:18: spørgsmål A2: 'start': feltstien 'felter.alder' giver ikke en dato; brug fx"
                        + " afgørelse.dato, datoer.NAVN, dokumenter.NAVN.dato eller hændelser.NAVN");
        assertThat(problems(dir, with(from, fromDate.formatted("afgørelse.tidspunkt")).replace(noWindow, "")))
                .containsExactly("skema.yaml:26:18: spørgsmål A2: 'start': feltstien 'afgørelse.tidspunkt' findes ikke;"
                        + " under afgørelse findes kun afgørelse.dato, afgørelse.foreligger og afgørelse.fuldt_medhold");
        assertThat(problems(dir, with(from, fromDate.formatted("dokumenter.ressourceprofil")).replace(noWindow, "")))
                .containsExactly("skema.yaml:26:18: spørgsmål A2: 'start': feltstien 'dokumenter.ressourceprofil' skal"
                        + " have tre led; skriv dokumenter.ressourceprofil.dato");
    }

    @Test
    void conditionsAreChecked() {
        String at = "        tekst: Vurdering?\n";
        assertThat(problems(dir, with(at, at + "        betingelse: {felt: felter.alder, under: 40, mindst: 30}\n")))
                .containsExactly("skema.yaml:18:21: spørgsmål A1: betingelsen skal have præcis én af er, er_ikke, i,"
                        + " under, mindst, før, fra, findes, mangler (den har under og mindst), eller være alle/en_af med"
                        + " en liste af betingelser");
        assertThat(problems(dir, with(at, at + "        betingelse: {felt: afgørelse.dato, før: 1. januar 2013}\n")))
                .containsExactly("skema.yaml:18:49: spørgsmål A1: 'før' skal være en dato skrevet som 2013-01-01");
        assertThat(problems(dir, with(at, at + "        betingelse: {felt: alder.felter, er: 3}\n")))
                .containsExactly("skema.yaml:18:28: spørgsmål A1: 'felt': feltstien 'alder.felter' begynder med et"
                        + " ukendt led 'alder'; kendte led: sagstype, kommune, afgørelse, datoer, dokumenter, hændelser,"
                        + " felter");
        assertThat(problems(dir, with(at, at + "        betingelse: {felt: felter.alder, under: fyrre}\n")))
                .containsExactly("skema.yaml:18:49: spørgsmål A1: 'under' skal være et tal, men er en tekst");
    }

    @Test
    void duplicateDocumentElements() {
        assertThat(problems(dir, BASE + """
                  - id: B
                    titel: B
                    spørgsmål:
                      - id: B1
                        tekst: x
                        type: fuldstændighed
                        dokument: ressourceprofil
                        elementer: [helbred, uddannelse, helbred]
                """)).containsExactly("skema.yaml:39:42: spørgsmål B1: elementet 'helbred' står to gange");
    }

    @Test
    void everyProblemOfTheFileInOneRunInFileOrder() {
        String broken = with("version: 1", "version: 0")
                .replace("svarskala: ja-nej", "svarskala: ukendt")
                .replace("længde: 12 måneder", "længde: et år")
                .replace("  - id: A2", "  - id: A1");
        assertThat(problems(dir, broken)).extracting(l -> l.substring(0, l.indexOf(": ")))
                .containsExactly("skema.yaml:2:10", "skema.yaml:19:20", "skema.yaml:21:13", "skema.yaml:27:19");
    }

    // --- betegnelser

    @Test
    void wordsForANameNoItemUsesAreRefusedWithTheNearestName() {
        String yaml = with("konsekvenser: [ændring, hjemvisning, formel]\n", "konsekvenser: [ændring, hjemvisning, formel]\n"
                + "betegnelser:\n  revurderinge: revurderingerne\n  ledighedsydelse: ledighedsydelse\n");
        assertThat(problems(dir, yaml)).containsExactly("skema.yaml:12:17: 'betegnelser' giver ord for 'revurderinge',"
                + " som intet spørgsmål bruger (mente du 'revurderinger'?)");
        assertThat(problems(dir, with("konsekvenser: [ændring, hjemvisning, formel]\n",
                "konsekvenser: [ændring, hjemvisning, formel]\nbetegnelser:\n  revurderinger: \"\"\n"))).singleElement()
                .asString().startsWith("skema.yaml:12:");
    }
}
