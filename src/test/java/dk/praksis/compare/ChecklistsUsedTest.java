package dk.praksis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistsUsedTest {

    private static YearInfo year(String label, String id, int version, String sha) {
        return new YearInfo(label, "Undersøgelse " + label, "Nævnet", "resultater.json", LocalDate.of(2011, 11, 30), id,
                version, sha, 90, 8);
    }

    @Test
    void theSameChecklistEveryYearNeedsNoSentence() {
        List<YearInfo> years = List.of(year("2009", "fleksjob-2010", 3, "a"), year("2010", "fleksjob-2010", 3, "a"));
        assertThat(ChecklistsUsed.difference(years)).isEmpty();
        assertThat(ChecklistsUsed.same(years)).isTrue();
    }

    @Test
    void versionsOfOneChecklistAreNamedPerYear() {
        assertThat(ChecklistsUsed.difference(List.of(year("2009", "fleksjob-2010", 2, "a"),
                year("2010", "fleksjob-2010", 2, "a"), year("2011", "fleksjob-2010", 3, "b"))))
                .contains("Årene er vurderet efter forskellige versioner af måleskemaet fleksjob-2010: 2009 og 2010"
                        + " efter fleksjob-2010 version 2 og 2011 efter fleksjob-2010 version 3. Spørgsmålene er"
                        + " sammenholdt efter id og regelens fingeraftryk; se noterne ved spørgsmålene.");
    }

    @Test
    void threeChecklistsAreSeparatedBySemicolons() {
        assertThat(ChecklistsUsed.difference(List.of(year("2009", "a", 1, "x"), year("2011", "b", 1, "y"),
                year("2014", "c", 2, "z")))).hasValueSatisfying(s -> assertThat(s).startsWith(
                "Årene er vurderet efter forskellige måleskemaer: 2009 efter a version 1; 2011 efter b version 1;"
                        + " 2014 efter c version 2."));
    }

    @Test
    void contentChangedWithoutANewVersionIsSaid() {
        List<YearInfo> years = List.of(year("2009", "fleksjob-2010", 3, "a"), year("2010", "fleksjob-2010", 3, "a"),
                year("2011", "fleksjob-2010", 3, "b"));
        assertThat(ChecklistsUsed.difference(years)).hasValueSatisfying(s -> assertThat(s).startsWith(
                "Alle år er vurderet efter fleksjob-2010 version 3, men måleskemaets indhold er ikke det samme i 2009"
                        + " og 2010 og i 2011, selv om versionen er den samme."));
        assertThat(ChecklistsUsed.same(years)).isFalse();
    }
}
