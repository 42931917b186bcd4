package dk.praksis.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every checklist the project ships loads cleanly, and the ids other stages rely on stay put. */
class ShippedChecklistsTest {

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("checklists"))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSizeGreaterThanOrEqualTo(3);
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loadsWithoutProblems(Path file) throws IOException {
        Checklist c = ChecklistLoader.load(file);
        assertThat(file.getFileName().toString()).isEqualTo(c.id() + ".yaml");
        assertThat(c.items()).isNotEmpty();
        assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=schema/maaleskema.schema.json");
    }

    @Test
    void fleksjob2010KeepsItsIdsAndParameters() {
        Checklist c = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
        assertThat(c.items().map(Item::id)).containsExactly("VV1", "VV2", "VV3", "VV4", "VV5", "AP1", "AP2", "AP3",
                "RP1", "RP2", "RP3", "RP4", "RV1", "RV2", "RV2S", "RV3", "RV4", "RV5", "RV6", "RV7", "RV8", "FV1", "FV2",
                "FV3");
        ItemSpec.Completeness rp1 = (ItemSpec.Completeness) c.item("RP1").orElseThrow().spec();
        assertThat(rp1.elements()).hasSize(13).startsWith("uddannelse").endsWith("helbred", "samlet_vurdering");
        // § 74 c before the 18-month amendment: the duty at 12 months within 18.
        ItemSpec.Deadline rv2 = (ItemSpec.Deadline) c.item("RV2").orElseThrow().spec();
        assertThat(rv2.periodTypes()).containsExactly("ledighedsydelse", "sygdom", "ferie");
        assertThat(rv2.event()).isEqualTo("revurderinger");
        assertThat(rv2.length()).isEqualTo(new Span(0, 12, 0, 0));
        assertThat(rv2.window()).isEqualTo(new Span(0, 18, 0, 0));
        assertThat(rv2.restarts()).isTrue();
        assertThat(rv2.completion()).isNull();
        assertThat(c.item("RV2").orElseThrow().validTo()).isEqualTo(LocalDate.of(2009, 12, 31));
        // After it: two moments, finished at the latest at 18 months; barsel never counts; moving.
        ItemSpec.Deadline rv3 = (ItemSpec.Deadline) c.item("RV3").orElseThrow().spec();
        assertThat(rv3.periodTypes()).containsExactly("ledighedsydelse", "sygdom", "ferie");
        // Aktivloven § 74 c in 2009-2015 names barsel only (LBK 946/2009, 190/2012, 806/2015).
        assertThat(rv3.nonCounting()).containsExactly("barsel");
        assertThat(rv3.length()).isEqualTo(new Span(0, 12, 0, 0));
        assertThat(rv3.window()).isEqualTo(new Span(0, 18, 0, 0));
        assertThat(rv3.completion()).isEqualTo(new Span(0, 18, 0, 0));
        assertThat(rv3.move()).isEqualTo(new ItemSpec.Move("datoer.flytning", new Span(0, 6, 0, 0)));
        assertThat(rv3.restarts()).isTrue();
        assertThat(c.item("RV3").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2010, 1, 1));
        // Severity for display; hjemvisning takes precedence over ændring in the derived verdict.
        assertThat(c.consequences()).extracting(Consequence::id).containsExactly("ændring", "hjemvisning", "formel");
        assertThat(c.precedence()).containsExactly("hjemvisning", "ændring", "formel");
    }

    @Test
    void fleksjob2013HasTheReformDeadlines() {
        Checklist c = ChecklistLoader.load(Path.of("checklists/fleksjob-2013.yaml"));
        assertThat(((ItemSpec.Deadline) c.item("LY1").orElseThrow().spec()).length()).isEqualTo(new Span(0, 0, 3, 0));
        // § 74 c in two moments: the duty at 12 months within 18, finished at 18; barsel never counts.
        ItemSpec.Deadline ly2 = (ItemSpec.Deadline) c.item("LY2").orElseThrow().spec();
        assertThat(ly2.length()).isEqualTo(new Span(0, 12, 0, 0));
        assertThat(ly2.window()).isEqualTo(new Span(0, 18, 0, 0));
        assertThat(ly2.completion()).isEqualTo(new Span(0, 18, 0, 0));
        assertThat(ly2.nonCounting()).containsExactly("barsel");
        assertThat(ly2.move()).isEqualTo(new ItemSpec.Move("datoer.flytning", new Span(0, 6, 0, 0)));
        assertThat(c.item("LY2").orElseThrow().horizon()).isEqualTo(Horizon.AFGOERELSE);
        assertThat(c.item("LY2S").orElseThrow().horizon()).isEqualTo(Horizon.PERIODENS_SLUTNING);
        assertThat(c.item("LY2S").orElseThrow().spec()).isEqualTo(ly2);
        assertThat(((ItemSpec.Deadline) c.item("FJ1").orElseThrow().spec()).length()).isEqualTo(new Span(2, 6, 0, 0));
        Item fj2 = c.item("FJ2").orElseThrow();
        assertThat(((ItemSpec.Deadline) fj2.spec()).length()).isEqualTo(new Span(4, 6, 0, 0));
        // The first fleksjob after 1 January 2013 is temporary whatever the age; a later one under 40.
        assertThat(fj2.condition()).isEqualTo(Condition.combined(Condition.Op.ALLE, List.of(
                new Condition("datoer.fleksjob_start", Condition.Op.FRA, List.of("2013-01-01")),
                Condition.combined(Condition.Op.EN_AF, List.of(
                        new Condition("felter.første_fleksjob", Condition.Op.ER_IKKE, List.of("nej")),
                        new Condition("felter.alder_ved_bevilling", Condition.Op.UNDER, List.of("40")))))));
        assertThat(((ItemSpec.Completeness) c.item("FB2").orElseThrow().spec()).document()).isEqualTo("forberedende_del");
    }

    @Test
    void ledelsestilsynCountsALikertItem() {
        Checklist c = ChecklistLoader.load(Path.of("checklists/ledelsestilsyn-ledighedsydelse.yaml"));
        assertThat(c.scales().get("likert").counted()).isTrue();
        assertThat(c.item("PL4").orElseThrow().spec()).isEqualTo(new ItemSpec.Assessment("likert"));
        assertThat(c.consequences()).noneMatch(Consequence::reversal);
    }
}
