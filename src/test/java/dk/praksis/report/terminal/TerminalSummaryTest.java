package dk.praksis.report.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import org.junit.jupiter.api.Test;

class TerminalSummaryTest {

    @Test
    void oneAlignedRowPerKommuneAndATotal() {
        String text = TerminalSummary.render(new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(),
                Fixtures.results()));
        assertThat(text).isEqualTo("""
                Kommune  Sager  I overensstemmelse     Pct.  Omgjort  Omgørelsesprocent
                -----------------------------------------------------------------------
                Billund      2                   2  100,0 %        0              0,0 %
                Vejen        6                   2   40,0 %        2             40,0 %
                Ærø          4                   3   75,0 %        1             25,0 %
                -----------------------------------------------------------------------
                I alt       12                   7   63,6 %        3             27,3 %
                Procenterne er af de realitetsbehandlede sager; sager, der ikke kan vurderes, indgår ikke.
                """);
    }
}
