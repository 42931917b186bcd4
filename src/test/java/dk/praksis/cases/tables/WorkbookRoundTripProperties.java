package dk.praksis.cases.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any cases the form has columns for come back from the workbook as they went in. */
class WorkbookRoundTripProperties {

    private static final Origin NO_ORIGIN = new Origin("", "", Map.of());

    @Property(tries = 25)
    void casesRoundTrip(@ForAll("caseLists") List<Case> generated) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            Case c = generated.get(i);
            cases.add(new Case("S-" + i, c.kommune(), c.caseType(), c.decision(), c.dates(), c.periods(), c.events(),
                    c.courses(), c.documents(), c.medicalEvidence(), c.fields(), c.review(), NO_ORIGIN));
        }
        Path file = Files.createTempFile("rundtur", ".xlsx");
        try {
            CaseWorkbookWriter.write(TestChecklists.rich(), cases, file);
            List<Case> read = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            new XlsxCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER).read(file, read::add, problems);
            assertThat(problems).isEmpty();
            assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
                    .containsExactlyElementsOf(cases);
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<Case>> caseLists() {
        return oneCase().list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<Case> oneCase() {
        Arbitrary<Decision> decision = Combinators.combine(date().injectNull(0.2), Arbitraries.of(true, false))
                .as(Decision::new).injectNull(0.2);
        Arbitrary<List<DatedPeriod>> periods = Combinators.combine(Arbitraries.of("ledighedsydelse", "barsel",
                "sygedagpenge"), date(), date().injectNull(0.3)).as(DatedPeriod::new).list().ofMaxSize(4);
        Arbitrary<Map<String, List<LocalDate>>> events = date().list().ofMinSize(1).ofMaxSize(3)
                .map(l -> Map.of("revurderinger", l)).injectNull(0.4).map(m -> m == null ? Map.of() : m);
        Arbitrary<CourseEntry> entry = Combinators.combine(date(), date().injectNull(0.3),
                Arbitraries.doubles().between(0, 37).ofScale(1).injectNull(0.3), text().injectNull(0.3),
                Arbitraries.of(Map.<String, Boolean>of(), Map.of("funktioner_beskrevet", true),
                        Map.of("funktioner_beskrevet", false))).as(CourseEntry::new);
        Arbitrary<Map<String, List<CourseEntry>>> courses = entry.list().ofMinSize(1).ofMaxSize(3)
                .map(l -> Map.of("arbejdsprøvninger", l)).injectNull(0.4).map(m -> m == null ? Map.of() : m);
        Arbitrary<Map<String, CaseDocument>> documents = Combinators.combine(date().injectNull(0.2),
                Arbitraries.maps(Arbitraries.of(TestChecklists.RP_ELEMENTS), text()).ofMaxSize(4))
                .as(CaseDocument::new).map(d -> Map.of("ressourceprofil", d)).injectNull(0.4)
                .map(m -> m == null ? Map.of() : m);
        Arbitrary<Review> review = Combinators.combine(text().injectNull(0.3),
                Arbitraries.maps(Arbitraries.of("VV1", "AP3", "FV1"), Arbitraries.of("ja", "nej", "delvis"))
                        .ofMaxSize(3), Arbitraries.of("hjemvisning", "i_overensstemmelse").injectNull(0.3),
                text().injectNull(0.3)).as(Review::new);
        return Combinators.combine(Arbitraries.of(TestCases.VEJEN, TestCases.AERO).injectNull(0.1),
                Arbitraries.of("bevilling", "revurdering"), decision, periods, events, courses, documents, review)
                .as((k, type, dec, per, ev, co, docs, rev) -> new Case("x", k, type, dec,
                        Map.of("visitation", LocalDate.of(2008, 5, 1)), per, ev, co, docs, List.of(),
                        new LinkedHashMap<>(), rev, NO_ORIGIN));
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 7000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    /** Non-blank text without surrounding spaces (cells are read stripped), Danish letters and Excel bait. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcæøåÆØÅ -=;,\"'0123456789").ofMinLength(1).ofMaxLength(30)
                .map(String::strip).filter(s -> !s.isEmpty());
    }
}
