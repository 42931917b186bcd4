package dk.praksis.cases.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.Review;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import java.util.Map;
import dk.praksis.errors.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookRoundTripTest {

    @TempDir
    Path dir;

    private final XlsxCaseFormat format = new XlsxCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER);

    @Test
    void casesWrittenToTheTemplateReadBackEqual() {
        List<Case> cases = List.of(TestCases.full(), TestCases.noDecision(), TestCases.bare());
        Path file = dir.resolve("sager.xlsx");
        CaseWorkbookWriter.write(TestChecklists.rich(), cases, file);

        List<Case> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        format.read(file, read::add, problems);

        assertThat(problems).isEmpty();
        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
                .containsExactlyElementsOf(cases);
    }

    @Test
    void everyFieldKnowsItsCell() {
        Path file = dir.resolve("sager.xlsx");
        CaseWorkbookWriter.write(TestChecklists.rich(), List.of(TestCases.noDecision(), TestCases.full()), file);
        List<Case> read = new ArrayList<>();
        format.read(file, read::add, new ArrayList<>());
        Case full = TestCases.byId(read, "SYD10-0417").orElseThrow();

        assertThat(full.origin().file()).isEqualTo(file.toString());
        assertThat(full.origin().casePlace()).isEqualTo("Sager!A3");
        assertThat(full.origin().place("afgørelse.dato")).isEqualTo("Sager!D3");
        assertThat(full.origin().place("datoer.visitation")).isEqualTo("Sager!F3");
        // The other case adds datoer.ansøgning (H) and felter.sagsbehandler (I) before lægelige_oplysninger
        // (J), so bedømmer is K, VV1 L, TF1 M, AP3 N.
        assertThat(full.origin().place("vurdering.svar.AP3")).isEqualTo("Sager!N3");
        // The reason columns follow bemærkning (Q): VV1 R, TF1 S, AP3 T.
        assertThat(full.review().reasons().get("AP3")).isEqualTo("Arbejdsprøvningen beskriver kun lagerarbejde; æ, ø og å.");
        assertThat(full.origin().place("vurdering.begrundelser.AP3")).isEqualTo("Sager!T3");
        assertThat(TestCases.byId(read, "SYD10-0502").orElseThrow().origin().place("datoer.ansøgning"))
                .isEqualTo("Sager!H2");
        assertThat(full.origin().place("perioder[3].til")).isEqualTo("Perioder!D4");
        assertThat(full.origin().place("perioder[3]")).isEqualTo("Perioder!A4");
        assertThat(full.origin().place("hændelser.revurderinger[2]")).isEqualTo("Hændelser!C3");
        assertThat(full.origin().place("arbejdsprøvninger[2].funktioner_beskrevet")).isEqualTo("Arbejdsprøvninger!F3");
        assertThat(full.origin().place("dokumenter.ressourceprofil.helbred")).isEqualTo("Dokumenter!E2");
        assertThat(full.origin().where("dokumenter.rehabiliteringsplan.beskæftigelse"))
                .isEqualTo(file + " Dokumenter!H3");
    }

    @Test
    void theShippedChecklistRoundTripsACaseThatFitsIt() {
        Checklist fleksjob = ChecklistLoader.load(Path.of("checklists", "fleksjob-2010.yaml"));
        Case full = TestCases.full();
        Map<String, CaseDocument> docs = Map.of("ressourceprofil", full.documents().get("ressourceprofil"));
        // The shipped checklist asks the reviewer about the trials' function descriptions (AP2), so the
        // form has no column for a funktioner_beskrevet flag.
        Map<String, List<CourseEntry>> trials = Map.of("arbejdsprøvninger", full.courses().get("arbejdsprøvninger")
                .stream().map(t -> new CourseEntry(t.from(), t.to(), t.hoursPerWeek(), t.field(), Map.of())).toList());
        Case fitting = new Case(full.id(), full.kommune(), full.caseType(), full.decision(), full.dates(),
                full.periods(), full.events(), trials, docs, full.medicalEvidence(), full.fields(),
                new Review("R2", Map.of("VV1", "ja", "VV2", "nej", "AP3", "delvis", "RV1", "ikke relevant"),
                        "i_overensstemmelse", "Æ, ø og å"), full.origin());
        Path file = dir.resolve("fleksjob.xlsx");
        CaseWorkbookWriter.write(fleksjob, List.of(fitting), file);

        List<Case> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new XlsxCaseFormat(fleksjob, TestCases.KOMMUNER).read(file, read::add, problems);

        assertThat(problems).isEmpty();
        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin").containsExactly(fitting);
        // F to H hold the facts the checklist uses (afgørelse_fuldt_medhold, the move date flytning,
        // afprøvning_åbenbart_formålsløs), so the dates begin in I.
        assertThat(read.get(0).origin().place("datoer.visitation")).isEqualTo("Sager!I2");
    }

    @Test
    void theWriterRefusesWhatTheFormHasNoColumnFor() {
        Checklist fleksjob = ChecklistLoader.load(Path.of("checklists", "fleksjob-2010.yaml"));
        assertThatThrownBy(() -> CaseWorkbookWriter.bytes(fleksjob, List.of(TestCases.full())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sag SYD10-0417: arket Sager har ingen kolonne TF1, fordi måleskemaet ikke nævner den");
    }
}
