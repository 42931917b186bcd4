package dk.praksis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.errors.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditFileLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKeyWithPathsRelativeToTheFile() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("2010"));
        Path file = sub.resolve("undersoegelse.yaml");
        Files.writeString(file, """
                titel: Praksisundersøgelse 2010
                afsender: Beskæftigelsesankenævnet Syddanmark
                år: 2010
                periode: "1. januar – 30. juni 2010"
                opgørelsesdato: 30.11.2010
                måleskema: ../checklists/fleksjob-2010.yaml
                sager: [sager/, ekstra.yaml]
                output: ../rapporter/2010
                population: {Vejen: 77, "492": 11}
                """);
        AuditSpec s = AuditFileLoader.load(file);
        assertThat(s.title()).isEqualTo("Praksisundersøgelse 2010");
        assertThat(s.sender()).isEqualTo("Beskæftigelsesankenævnet Syddanmark");
        assertThat(s.year()).isEqualTo(2010);
        assertThat(s.period()).isEqualTo("1. januar – 30. juni 2010");
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2010, 11, 30));
        Path base = sub.toAbsolutePath();
        assertThat(s.checklist()).isEqualTo(base.resolve("../checklists/fleksjob-2010.yaml").normalize());
        assertThat(s.cases()).containsExactly(base.resolve("sager"), base.resolve("ekstra.yaml"));
        assertThat(s.output()).isEqualTo(dir.toAbsolutePath().resolve("rapporter/2010"));
        assertThat(s.population()).containsExactly(Map.entry("492", 11), Map.entry("575", 77));
        assertThat(AuditFileLoader.isAuditFile(file)).isTrue();
    }

    @Test
    void aStructuredPeriodHasDatesBesideItsDescription() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, """
                periode: {fra: 2011-01-01, til: 30.06.2011, beskrivelse: "Bevillinger 1. januar – 30. juni 2011"}
                opgørelsesdato: 2011-11-30
                """);
        AuditSpec s = AuditFileLoader.load(file);
        assertThat(s.period()).isEqualTo("Bevillinger 1. januar – 30. juni 2011");
        assertThat(s.periodFrom()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(s.periodTo()).isEqualTo(LocalDate.of(2011, 6, 30));
        Files.writeString(file, "periode: {fra: 2011-01-01, til: 2011-06-30}\n");
        assertThat(AuditFileLoader.load(file).period()).isEqualTo("01.01.2011–30.06.2011");
        Files.writeString(file, "periode: {fra: 2011-01-01, til: 2010-06-31, slut: 2011-06-30}\n");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> AuditFileLoader.load(file));
        assertThat(((dk.praksis.errors.InvalidInputException) t).lines()).containsExactly(
                file + ":1:45: ukendt nøgle 'slut' i periode; kendte nøgler er fra, til og beskrivelse",
                file + ":1:28: periode.til er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010");
    }

    @Test
    void readsTheBoardsTextFollowUpAndColophon() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, """
                opgørelsesdato: 2011-11-30
                tekst:
                  forord: tekst/forord.md
                  resume: tekst/resume.md
                  regler: tekst/regler.md
                  temaer: {AP: tekst/ap.md}
                  kommuner: {Ærø: tekst/aeroe.md, "575": tekst/vejen.md}
                tidligere: [../2009/resultater.json]
                udgivet: 15.03.2012
                kontakt: Nævnets sekretariat
                jnr: 2011-123
                isbn: 978-87-00000-00-0
                """);
        AuditSpec s = AuditFileLoader.load(file);
        Path base = dir.toAbsolutePath();
        var text = s.publication().text();
        assertThat(text.foreword()).isEqualTo(base.resolve("tekst/forord.md"));
        assertThat(text.summary()).isEqualTo(base.resolve("tekst/resume.md"));
        assertThat(text.rules()).isEqualTo(base.resolve("tekst/regler.md"));
        assertThat(text.introduction()).isNull();
        assertThat(text.themes()).containsExactly(Map.entry("AP", base.resolve("tekst/ap.md")));
        assertThat(text.kommuner()).containsExactly(Map.entry("492", base.resolve("tekst/aeroe.md")),
                Map.entry("575", base.resolve("tekst/vejen.md")));
        assertThat(s.publication().earlier()).containsExactly(base.resolve("../2009/resultater.json").normalize());
        assertThat(s.publication().published()).isEqualTo(LocalDate.of(2012, 3, 15));
        assertThat(s.publication().contact()).isEqualTo("Nævnets sekretariat");
        assertThat(s.publication().journalNumber()).isEqualTo("2011-123");
        assertThat(s.publication().isbn()).isEqualTo("978-87-00000-00-0");
    }

    @Test
    void anUnknownPartOfTheTextIsNamedWithItsLineAndASuggestion() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "opgørelsesdato: 2011-11-30\ntekst:\n  forrord: f.md\n  kommuner: {Vejn: v.md}\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).satisfiesExactly(
                        l -> assertThat(l).isEqualTo(file + ":3:3: ukendt del af teksten 'forrord'; delene er forord, "
                                + "resumé, indledning, regler_og_praksis, temaer, anbefalinger, kommuner. Mente du forord?"),
                        l -> assertThat(l).startsWith(file + ":2:1: ukendt kommune 'Vejn' i tekst.kommuner.")
                                .contains("Vejen")));
    }

    @Test
    void aPublicationDateBeforeTheAsOfDateIsRefused() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "opgørelsesdato: 2011-11-30\nudgivet: 2011-06-01\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ":2:1: udgivet (01.06.2011) ligger før opgørelsesdatoen (30.11.2011); en rapport "
                        + "kan ikke udgives, før tallene er opgjort");
    }

    @Test
    void flagsOverrideTheFile() {
        AuditSpec s = new AuditSpec("T", null, 2010, null, LocalDate.of(2010, 11, 30), Path.of("a.yaml"),
                List.of(Path.of("sager")), Path.of("ud"), Map.of());
        AuditSpec o = s.override(null, List.of(), Path.of("andet"), LocalDate.of(2011, 1, 1), null);
        assertThat(o.output()).isEqualTo(Path.of("andet"));
        assertThat(o.asOf()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(o.cases()).containsExactly(Path.of("sager"));
        assertThat(o.title()).isEqualTo("T");
    }

    @Test
    void syntaxErrorsAreOneDanishLineWithThePlaceAndNoTextFromTheFile() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "titel: X\n\topgørelsesdato: 2010-11-30\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ":2:1: tabulatortegn må ikke bruges til indrykning i YAML; brug mellemrum");
        Files.writeString(file, "titel: \"Fortrolig titel\nopgørelsesdato: 2010-11-30\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ":").hasMessageNotContaining("Fortrolig").hasMessageNotContaining("\n")
                .hasMessageContaining("anførselstegn");
    }

    @Test
    void asciiKeysAreAccepted() throws Exception {
        Path file = dir.resolve("u.yaml");
        Files.writeString(file, "aar: 2011\nopgoerelsesdato: 2011-12-31\nmaaleskema: m.yaml\nsager: s\noutput: o\n");
        AuditSpec s = AuditFileLoader.load(file);
        assertThat(s.year()).isEqualTo(2011);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(s.cases()).hasSize(1);
    }

    @Test
    void everyProblemNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, """
                titel: X
                opgørelsesdato: 31.02.2010
                måleskema: m.yaml
                udput: o
                år: tyve
                population:
                  Vejen: mange
                  Vejle Kommune: 50
                  Nordfyn: 40
                  Vejlle: 3
                """);
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.lines()).containsExactlyInAnyOrder(
                        file + ":4:1: ukendt nøgle 'udput'; kendte nøgler er titel, afsender, år, periode, "
                                + "opgørelsesdato, måleskema, sager, output, population, udtræk, bortfald, tekst, tidligere, "
                                + "udgivet, kontakt, journalnummer, isbn, rettelser og høring",
                        file + ":2:1: opgørelsesdato er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010",
                        file + ":5:1: år skal være et årstal mellem 1990 og 2100, fx 2010",
                        file + ":7:3: population for Vejen skal være et antal afgørelser: et helt tal fra 0 til 10.000.000",
                        file + ":10:3: ukendt kommune 'Vejlle' i population. Mente du Vejle?"));
    }

    @Test
    void aMisspeltKeyGetsTheNearestKnownKeyAndAnUnsafeKeyIsNotShown() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, """
                titel: X
                opgørelsesdto: 2010-11-30
                maaleskma: m.yaml
                "Hans Jensen, Vestergade 4": ja
                population:
                  "Jensen Vestergade 4": 3
                """);
        String known = "; kendte nøgler er titel, afsender, år, periode, opgørelsesdato, måleskema, sager, output,"
                + " population, udtræk, bortfald, tekst, tidligere, udgivet, kontakt, journalnummer, isbn, rettelser"
                + " og høring";
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.lines()).containsExactlyInAnyOrder(
                        file + ":2:1: ukendt nøgle 'opgørelsesdto'" + known + ". Mente du opgørelsesdato?",
                        file + ":3:1: ukendt nøgle 'maaleskma'" + known + ". Mente du måleskema?",
                        file + ":4:1: ukendt nøgle (værdien vises ikke, da den kan indeholde personoplysninger)" + known,
                        file + ":6:3: ukendt kommune (værdien vises ikke, da den kan indeholde personoplysninger)"
                                + " i population."));
    }

    @Test
    void yamlSyntaxErrorHasAPlace() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "titel: X\n  output: [o\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ":2:");
    }

    @Test
    void aNumberBeyondItsRangeIsAProblemNotAWrappedValue() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "opgørelsesdato: 2010-11-30\når: 4294969306\npopulation:\n  Vejen: 4294967596\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.lines()).containsExactlyInAnyOrder(
                        file + ":2:1: år skal være et årstal mellem 1990 og 2100, fx 2010",
                        file + ":4:3: population for Vejen skal være et antal afgørelser: et helt tal fra 0 til 10.000.000"));
    }

    @Test
    void aYamlAliasIsRefusedAtItsPlaceNotReadAsTheAnchorsName() throws Exception {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "titel: &t Fleksjob 2010\nafsender: *t\nopgørelsesdato: 2010-11-30\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ":2:11: YAML-aliasser (*navn) understøttes ikke");
    }
}
