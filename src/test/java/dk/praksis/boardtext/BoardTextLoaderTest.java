package dk.praksis.boardtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardTextLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private BoardText load(Path forord) {
        return BoardTextLoader.load(new BoardTextFiles(forord, null, null, null, Map.of(), null, Map.of()),
                CaseReadOptions.DEFAULT);
    }

    @Test
    void aBlockThatNamesNoFileIsNoText() throws Exception {
        // a name list whose pattern is invalid is never compiled when there is no text to guard
        Path names = write("navne.txt", "/[ugyldig/\n");
        CaseReadOptions broken = CaseReadOptions.of(false, names);
        assertThat(BoardTextLoader.load(new BoardTextFiles(null, null, null, null, Map.of(), null, Map.of()), broken))
                .isSameAs(BoardText.NONE);
        assertThat(BoardTextFiles.NONE.isEmpty()).isTrue();
        assertThat(new BoardTextFiles(null, null, null, null, Map.of("AP", dir.resolve("ap.md")), null, Map.of())
                .isEmpty()).isFalse();
        assertThat(new BoardTextFiles(null, null, null, null, Map.of(), dir.resolve("a.md"), Map.of()).isEmpty())
                .isFalse();
    }

    @Test
    void markdownBecomesHeadingsParagraphsListsAndEmphasis() throws Exception {
        Prose p = load(write("forord.md", "# Baggrund\n\nTekst med *vægt* og **fed**\nover to linjer.\n\n"
                + "- første\n- anden\n\n3. tre\n4. fire\n\n> citat\n")).foreword();
        assertThat(p.blocks()).hasSize(5);
        assertThat(p.blocks().get(0)).isEqualTo(new Block.Heading(1, List.of(Span.plain("Baggrund"))));
        assertThat(p.blocks().get(1)).isEqualTo(new Block.Paragraph(List.of(Span.plain("Tekst med "),
                new Span("vægt", true, false), Span.plain(" og "), new Span("fed", false, true), Span.plain(" "),
                Span.plain("over to linjer."))));
        Block.ItemList bullets = (Block.ItemList) p.blocks().get(2);
        assertThat(bullets.ordered()).isFalse();
        assertThat(bullets.items()).containsExactly(List.of(new Block.Paragraph(List.of(Span.plain("første")))),
                List.of(new Block.Paragraph(List.of(Span.plain("anden")))));
        Block.ItemList numbered = (Block.ItemList) p.blocks().get(3);
        assertThat(numbered.ordered()).isTrue();
        assertThat(numbered.start()).isEqualTo(3);
        assertThat(p.blocks().get(4)).isInstanceOf(Block.Quote.class);
    }

    @Test
    void aCitationBecomesAnExampleAfterItsParagraphWithItsLine() throws Exception {
        Path f = write("tema.md", "Første afsnit.\n\n[[sag SYD11-0897]]\n\nSe også [[ sag  A-04 ]] her.\n");
        Prose p = load(f).foreword();
        String file = p.source();
        assertThat(p.blocks()).containsExactly(
                new Block.Paragraph(List.of(Span.plain("Første afsnit."))),
                new Block.Example("SYD11-0897", file + ":3:1"),
                new Block.Paragraph(List.of(Span.plain("Se også "), Span.plain(" her."))),
                new Block.Example("A-04", file + ":5:1"));
        assertThat(p.examples()).extracting(Block.Example::caseId).containsExactly("SYD11-0897", "A-04");
    }

    @Test
    void aCitationOfAnUnknownCaseNamesFileAndLine() throws Exception {
        BoardText text = load(write("tema.md", "Intro.\n\nLinje tre.\n\n[[sag SYD11-9999]]\n"));
        assertThatThrownBy(() -> BoardTextLoader.requireKnown(text, "undersoegelse.yaml", List.of("VV"),
                List.of("SYD11-0897")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("tema.md:5:1: teksten henviser til sag SYD11-9999, som ikke er blandt "
                        + "undersøgelsens sager; ret sagsnummeret");
    }

    @Test
    void aThemeTextMustBelongToASectionOfTheChecklist() throws Exception {
        BoardText text = BoardTextLoader.load(new BoardTextFiles(null, null, null, null,
                Map.of("XX", write("xx.md", "Tekst.")), null, Map.of()), CaseReadOptions.DEFAULT);
        assertThatThrownBy(() -> BoardTextLoader.requireKnown(text, "undersoegelse.yaml", List.of("VV", "AP"),
                List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("undersoegelse.yaml: tekst.temaer nævner afsnittet XX, som måleskemaet ikke har; "
                        + "afsnittene er VV, AP");
    }

    @Test
    void malformedCitationsHtmlAndImagesAreRefusedWithTheirPlace() throws Exception {
        Path f = write("f.md", "Tekst [[sagen 12]].\n\n<div>x</div>\n\n![et billede](b.png)\n");
        assertThatThrownBy(() -> load(f))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).satisfiesExactly(
                        l -> assertThat(l).endsWith("f.md:1:1: en henvisning til en sag skrives [[sag SAGSNUMMER]], "
                                + "fx [[sag SYD11-0897]]"),
                        l -> assertThat(l).endsWith("f.md:3:1: HTML kan ikke bruges i rapportens tekst; skriv "
                                + "almindelig Markdown"),
                        l -> assertThat(l).endsWith("f.md:5:1: billeder kan ikke bruges i rapportens tekst")));
    }

    @Test
    void personalDataStopsTheRunWithItsPlaceButNeverItsValue() throws Exception {
        Path f = write("forord.md", "Tak til alle.\n\nRing til borgeren på 23 45 67 89 eller skriv til a@b.dk.\n");
        assertThatThrownBy(() -> load(f))
                .isInstanceOfSatisfying(PersonalDataException.class, e -> {
                    assertThat(e.lines()).allSatisfy(l -> assertThat(l).contains("forord.md:3:1: teksten indeholder")
                            .doesNotContain("23 45 67 89").doesNotContain("a@b.dk"));
                    assertThat(String.join("\n", e.lines())).contains("telefonnummer").contains("e-mailadresse");
                });
    }

    @Test
    void withMaskingPersonalDataIsReplacedAndTheRunGoesOn() throws Exception {
        Path f = write("forord.md", "Skriv til a@b.dk.\n");
        BoardText text = BoardTextLoader.load(new BoardTextFiles(f, null, null, null, Map.of(), null, Map.of()),
                new CaseReadOptions(true, List.of()));
        Block.Paragraph p = (Block.Paragraph) text.foreword().blocks().get(0);
        assertThat(p.spans().get(0).text()).doesNotContain("a@b.dk").contains("fjernet");
    }

    @Test
    void aMissingFileOrOneNotInUtf8IsNamed() throws Exception {
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "Bemærk".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BoardTextLoader.load(new BoardTextFiles(dir.resolve("mangler.md"), latin1, null,
                null, Map.of(), null, Map.of()), CaseReadOptions.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).satisfiesExactly(
                        l -> assertThat(l).endsWith("mangler.md: tekstfilen kan ikke læses (findes den?)"),
                        l -> assertThat(l).endsWith("latin1.md: teksten skal være gemt som UTF-8")));
    }
}
