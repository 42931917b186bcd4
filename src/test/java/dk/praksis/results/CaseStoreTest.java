package dk.praksis.results;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.Kommune;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Fixtures;
import dk.praksis.scoring.ItemResult;
import dk.praksis.scoring.Outcome;
import dk.praksis.scoring.Scorer;
import dk.praksis.scoring.SecondReview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scored cases of a run, in memory or spilled to disk: every field back, in the outputs' order. */
class CaseStoreTest {

    @TempDir
    Path dir;

    private static final Kommune ODENSE = new Kommune("461", "Odense", "Region Syddanmark");
    private static final Kommune AABENRAA = new Kommune("580", "Aabenraa", "Region Syddanmark");
    private static final Kommune KBH = new Kommune("101", "København", "Region Hovedstaden");

    private static CaseResult result(String id, Kommune k, String remark) {
        Map<String, SecondReview.AnswerPair> answers = new LinkedHashMap<>();
        answers.put("VV1", new SecondReview.AnswerPair("ja", "nej"));
        answers.put("VV3", null);
        List<ItemResult> items = List.of(
                new ItemResult("VV1", Outcome.IKKE_OPFYLDT, "nej", "Bedømmeren har svaret nej – æøå.", "hjemvisning"),
                new ItemResult("VV2", Outcome.OPTALT, "3", null, null),
                new ItemResult("VV3", Outcome.IKKE_RELEVANT, null, "Spørgsmålet gælder ikke.", null));
        return new CaseResult(id, k, "bevilling", items, id.hashCode() % 2 == 0 ? null : 0.5 + id.length() / 7.0,
                "hjemvisning", id.endsWith("1") ? null : "formel", !id.endsWith("1"), "R1", remark,
                id.endsWith("2") ? new SecondReview("R2", "i_overensstemmelse", answers) : null);
    }

    private static List<CaseResult> cases() {
        List<CaseResult> out = new ArrayList<>();
        out.add(result("B-2", ODENSE, null));
        out.add(result("A-1", KBH, "x".repeat(70_000))); // longer than writeUTF allows
        out.add(result("B-1", ODENSE, "første"));
        out.add(result("B-1", ODENSE, "anden med samme id")); // equal kommune and id: arrival order
        out.add(result("C-3", AABENRAA, ""));
        out.add(result("A-2", KBH, "æ\u0000ø\n"));
        out.add(new CaseResult("U-1", null, null, List.of(), null, "kan_ikke_vurderes", null, false, null, null));
        return out;
    }

    private CaseStore store(int inMemoryUpTo) {
        CaseStore store = new CaseStore(inMemoryUpTo, dir);
        cases().forEach(store::add);
        store.finish();
        return store;
    }

    @Test
    void aSpilledCaseReadsBackEqualToTheCaseWritten() {
        try (CaseStore spilled = store(0)) {
            assertThat(spilled.spilled()).isTrue();
            assertThat(spilled.inCaseOrder()).containsExactlyInAnyOrderElementsOf(cases());
        }
    }

    @Test
    void casesComeInTheResultsFilesOrderWithEqualIdsInArrivalOrder() {
        try (CaseStore spilled = store(0)) {
            List<CaseResult> expected = cases().stream().sorted(ResultsBuilder.CASE_ORDER).toList();
            assertThat(spilled.inCaseOrder()).containsExactlyElementsOf(expected);
            assertThat(spilled.inCaseOrder()).extracting(CaseResult::caseId)
                    .containsExactly("U-1", "A-1", "A-2", "B-1", "B-1", "B-2", "C-3"); // kode "" < "101" < "461" < "580"
            assertThat(spilled.inCaseOrder().get(3).remark()).isEqualTo("første");
            assertThat(spilled.cases(ODENSE)).extracting(CaseResult::remark)
                    .containsExactly("første", "anden med samme id", null);
            assertThat(spilled.sorted(Comparator.comparing(Kommune::navn))).extracting(CaseResult::caseId)
                    .containsExactly("U-1", "C-3", "A-1", "A-2", "B-1", "B-1", "B-2");
        }
    }

    /**
     * The order is that of a stable sort of the cases by kommune, then id, for any mix: many kommuner, kommuner the
     * order finds equal (two with one name), cases without a kommune, repeated ids.
     */
    @Test
    void anyMixOfKommunerAndIdsComesInTheOrderOfAStableSort() {
        Kommune vejen = new Kommune("575", "Vejen", null);
        Kommune vejenToo = new Kommune("576", "Vejen", null); // equal by name, not by kode
        List<Kommune> kommuner = java.util.Arrays.asList(ODENSE, AABENRAA, KBH, vejen, vejenToo, null);
        java.util.Random random = new java.util.Random(16);
        List<CaseResult> all = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            all.add(result("S-" + random.nextInt(400), kommuner.get(random.nextInt(kommuner.size())), "nr. " + i));
        }
        Comparator<Kommune> byName = Comparator.comparing(Kommune::navn);
        Comparator<Kommune> byKode = Comparator.comparing(Kommune::kode);
        try (CaseStore store = new CaseStore(0, dir)) {
            all.forEach(store::add);
            for (Comparator<Kommune> order : List.of(byName, byKode)) {
                Comparator<CaseResult> expected = Comparator.comparing(CaseResult::kommune, Comparator.nullsFirst(order))
                        .thenComparing(CaseResult::caseId);
                assertThat(store.sorted(order)).extracting(CaseResult::remark)
                        .containsExactlyElementsOf(all.stream().sorted(expected).map(CaseResult::remark).toList());
            }
            assertThat(store.cases(vejen)).extracting(CaseResult::remark).containsExactlyElementsOf(all.stream()
                    .filter(c -> vejen.equals(c.kommune())).sorted(Comparator.comparing(CaseResult::caseId))
                    .map(CaseResult::remark).toList());
        }
    }

    @Test
    void spillingPartWayGivesTheSameListsAsKeepingAllInMemory() {
        try (CaseStore memory = store(Integer.MAX_VALUE); CaseStore partly = store(3)) {
            assertThat(memory.spilled()).isFalse();
            assertThat(partly.spilled()).isTrue();
            assertThat(partly.inCaseOrder()).containsExactlyElementsOf(memory.inCaseOrder());
            Comparator<Kommune> byName = Comparator.comparing(Kommune::navn);
            assertThat(partly.sorted(byName)).containsExactlyElementsOf(memory.sorted(byName));
            for (Kommune k : memory.kommuner()) {
                assertThat(partly.cases(k)).containsExactlyElementsOf(memory.cases(k));
            }
            assertThat(partly.ids()).containsExactlyElementsOf(memory.ids());
            assertThat(partly.idsByKommune()).isEqualTo(memory.idsByKommune());
            assertThat(partly.cases(new Kommune("999", "Ingen", null))).isEmpty();
        }
    }

    @Test
    void theFileIsPrivateAndDeletedOnCloseAfterWhichTheListsCannotBeRead() throws IOException {
        CaseStore store = store(0);
        List<CaseResult> view = store.inCaseOrder();
        List<Path> files = files();
        assertThat(files).hasSize(1);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0)))).isEqualTo("rw-------");
        }
        store.close();
        assertThat(files()).isEmpty();
        assertThatThrownBy(() -> view.get(0)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aNewFileCarriesTheProcessIdAndTheFilesOfEndedRunsAreDeletedButNotThoseOfLiveOnes() throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        long own = ProcessHandle.current().pid();
        Path stale = Files.writeString(dir.resolve("praksis-sager-" + ended.pid() + "-123456789.bin"), "sager");
        Path live = Files.writeString(dir.resolve("praksis-sager-" + own + "-987654321.bin"), "sager");
        Path unrelated = Files.writeString(dir.resolve("praksis-sager-noter.bin"), "ikke vores");
        try (CaseStore store = store(0)) {
            assertThat(stale).doesNotExist();
            assertThat(live).exists();
            assertThat(unrelated).exists();
            assertThat(files()).filteredOn(f -> !f.equals(live) && !f.equals(unrelated)).singleElement()
                    .satisfies(f -> assertThat(f.getFileName().toString()).matches("praksis-sager-" + own + "-\\d+\\.bin"));
        }
    }

    @Test
    void aStoreInMemoryWritesNoFile() throws IOException {
        try (CaseStore memory = store(100)) {
            assertThat(memory.spilled()).isFalse();
            assertThat(files()).isEmpty();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void inMemoryEqualReasonsOfARunAreKeptOnceAndTheCasesAreUnchanged() {
        Scorer scorer = new Scorer(Fixtures.checklist(), d("2010-11-30"));
        var grant = Fixtures.grant("V-2", Fixtures.VEJEN, Fixtures.review(null, "VV1", "ja", "VV3", "ja", "FV3", "ja"));
        CaseResult first = scorer.score(grant);
        CaseResult second = scorer.score(grant);
        assertThat(second.items().get(0).reason()).isEqualTo(first.items().get(0).reason())
                .isNotSameAs(first.items().get(0).reason());
        CaseStore store = CaseStore.of(List.of(first, second));
        CaseResult a = store.inCaseOrder().get(0);
        CaseResult b = store.inCaseOrder().get(1);
        assertThat(a).isEqualTo(first);
        assertThat(b).isEqualTo(second);
        for (int i = 0; i < a.items().size(); i++) {
            if (a.items().get(i).reason() != null) {
                assertThat(b.items().get(i).reason()).isSameAs(a.items().get(i).reason());
            }
        }
    }
}
