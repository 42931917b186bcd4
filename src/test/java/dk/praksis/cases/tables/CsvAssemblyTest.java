package dk.praksis.cases.tables;

import static dk.praksis.cases.tables.TestCases.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV dataset is assembled case by case, from tables that list their cases in any order. Its messages in the order a user reads them: the folder's, then each table's in layout order and
 * row by row, then each case's checks in Sager order. The tables below list their cases out of Sager order, so
 * a reader that assembles case by case must still report in this order.
 */
class CsvAssemblyTest {

    private static final Checklist CHECKLIST = TestChecklists.rich();

    @TempDir
    Path dir;

    private final List<Case> read = new ArrayList<>();

    @Test
    void messagesComeByTableAndRowThenByCase() throws IOException {
        write("sager.csv", "id;kommune;sagstype;afgørelse_dato;bedømmer;samlet",
                "S-2;Vejen;bevilling;2010-01-01;R1;formel",
                "S-1;Vejen;revurdering;31-02-2010;R1;",
                ";Vejen;;2010-01-01;;",
                "S-3;Atlantis;bevilling;2010-01-01;R2;i_overensstemmelse",
                "S-1;Vejen;;2010-02-02;;");
        write("perioder.csv", "id;type;fra;til", "S-3;barsel;2009-01-01;2009-13-01", "S-9;barsel;2009-01-01;",
                "S-1;barsel;;2009-12-01", "S-2;barsel;2009-01-01;", ";barsel;2009-01-01;");
        write("arbejdsproevninger.csv", "id;fra;timer_pr_uge;funktioner_beskrevet", "S-2;2009-01-01;ti;ja",
                "S-1;2009-01-01;5;måske", "S-3;;7;nej");
        write("dokumenter.csv", "id;dokument;dato", "S-1;ressourceprofil;2010-13-01", "S-2;ressourceprofil;2010-01-01",
                "S-1;ressourceprofil;2010-01-01", "S-7;ressourceprofil;2010-01-01");
        write("haendelser.csv", "id;hændelse;dato;hvornår", "S-1;revurderinger;2011-01-01", "S-2;;2011-01-01");
        write("anden_vurdering.csv", "id;bedømmer", "S-2;\"R3", "S-1;R4");
        write("noter.csv", "x");

        InvalidInputException e = catchThrowableOfType(() -> CaseFiles.read(List.of(dir.resolve("sager.csv")),
                CHECKLIST, CaseReadOptions.DEFAULT, read::add,
                List.of(new CsvCaseFormat(CHECKLIST, TestCases.KOMMUNER))), InvalidInputException.class);

        String d = dir.toString();
        assertThat(e.lines()).containsExactly(
                d + " (CSV-fil nr. 5 af 7 i mappen, efter navn): ukendt tabel 'noter.csv'; filerne hedder sager.csv, perioder.csv, haendelser.csv, arbejdsproevninger.csv, dokumenter.csv, anden_vurdering.csv",
                d + " sager.csv række 3, kolonne afgørelse_dato (sag S-1): afgørelse_dato er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010",
                d + " sager.csv række 4, kolonne id: rækken har intet id; skriv sagens id i kolonnen id",
                d + " sager.csv række 5, kolonne kommune (sag S-3): kommunen er ikke en kendt kommune; skriv navnet eller kommunekoden, fx Vejen eller 575",
                d + " perioder.csv række 2, kolonne til (sag S-3): til er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010",
                d + " perioder.csv række 3, kolonne id (sag S-9): sagen findes ikke i sager.csv",
                d + " perioder.csv række 4, kolonne fra (sag S-1): fra mangler",
                d + " perioder.csv række 6, kolonne id: rækken har intet id; skriv sagens id i kolonnen id",
                d + " haendelser.csv række 1, kolonne 4: ukendt kolonne 'hvornår'; kendte kolonner er id, hændelse, dato",
                d + " haendelser.csv række 3, kolonne hændelse (sag S-2): hændelse mangler",
                d + " arbejdsproevninger.csv række 2, kolonne timer_pr_uge (sag S-2): timer_pr_uge er ikke et tal; skriv fx 15 eller 12,5",
                d + " arbejdsproevninger.csv række 3, kolonne funktioner_beskrevet (sag S-1): funktioner_beskrevet skal være ja eller nej",
                d + " arbejdsproevninger.csv række 4, kolonne fra (sag S-3): fra mangler",
                d + " dokumenter.csv række 2, kolonne dato (sag S-1): dato er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010",
                d + " dokumenter.csv række 4, kolonne dokument (sag S-1): dokumentet står allerede på en tidligere række for samme sag",
                d + " dokumenter.csv række 5, kolonne id (sag S-7): sagen findes ikke i sager.csv",
                d + " anden_vurdering.csv række 2: filen kan ikke læses som CSV (fx et citationstegn uden sin afslutning)",
                d + " sager.csv række 2, kolonne id (sag S-2): mangler svar på VV1, AP3, FV1 (spørgsmål, som bedømmeren skal besvare for denne sag)",
                d + " sager.csv række 3, kolonne id (sag S-1): mangler svar på FV1 (spørgsmål, som bedømmeren skal besvare for denne sag)",
                d + " sager.csv række 5, kolonne id (sag S-3): mangler svar på VV1, AP3, FV1 (spørgsmål, som bedømmeren skal besvare for denne sag)",
                d + " sager.csv række 6, kolonne id (sag S-1): sagstype mangler; måleskemaet kender bevilling eller revurdering",
                d + " sager.csv række 6, kolonne id (sag S-1): sags-id'et er brugt to gange; første gang i " + d + " sager.csv række 3, kolonne id. Hver sag skal have sit eget id");
    }

    @Test
    void aCaseGetsItsRowsWhereverTheTablesListThemAndADoubledIdGetsNone() throws IOException {
        write("sager.csv", "id;kommune;sagstype", "S-2;Vejen;bevilling", "S-1;Vejen;revurdering", "S-2;Vejen;bevilling");
        write("perioder.csv", "id;type;fra;til", "S-1;barsel;2009-01-01;", "S-2;ledighedsydelse;2009-02-01;2009-03-01",
                ";;;", "S-1;ledighedsydelse;2009-04-01;");
        write("dokumenter.csv", "id;dokument;dato", "S-1;ressourceprofil;2010-02-01", "S-2;ressourceprofil;2010-01-01");
        List<Problem> problems = new ArrayList<>();

        new CsvCaseFormat(CHECKLIST, TestCases.KOMMUNER).read(dir.resolve("sager.csv"), read::add, problems);

        assertThat(problems).isEmpty();
        assertThat(read).extracting(Case::id).containsExactly("S-2", "S-1", "S-2");
        assertThat(read.get(0).periods()).containsExactly(new DatedPeriod("ledighedsydelse", d("2009-02-01"),
                d("2009-03-01")));
        assertThat(read.get(1).periods()).containsExactly(new DatedPeriod("barsel", d("2009-01-01"), null),
                new DatedPeriod("ledighedsydelse", d("2009-04-01"), null));
        assertThat(read.get(1).origin().place("perioder[2].fra")).isEqualTo("perioder.csv række 5, kolonne fra");
        assertThat(read.get(0).documents().get("ressourceprofil").date()).isEqualTo(d("2010-01-01"));
        assertThat(read.get(1).documents().get("ressourceprofil").date()).isEqualTo(d("2010-02-01"));
        assertThat(read.get(2).periods()).isEmpty();
        assertThat(read.get(2).documents()).isEmpty();
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }
}
