package dk.praksis.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import dk.praksis.stats.Share;
import dk.praksis.report.UnitReport;
import dk.praksis.stats.Interval;
import dk.praksis.stats.IntervalMethod;
import dk.praksis.text.DanishFormat;
import org.junit.jupiter.api.Test;

class DanishTextTest {

    @Test
    void percentagesUseADecimalCommaAndRoundHalfUp() {
        assertThat(DanishFormat.percent(0.263)).isEqualTo("26,3 %");
        assertThat(DanishFormat.percent(0.0625)).isEqualTo("6,3 %");
        assertThat(DanishFormat.percent(1.0)).isEqualTo("100,0 %");
        assertThat(DanishFormat.percent(new Share(0, 0, null))).isEqualTo("–");
        assertThat(DanishFormat.interval(new Interval(0.182, 0.3514, IntervalMethod.WILSON, 0.95))).isEqualTo("18,2–35,1 %");
        assertThat(DanishFormat.level(0.95)).isEqualTo("95 %");
        assertThat(DanishFormat.wholePercent(0.857)).isEqualTo("86 %");
    }

    @Test
    void twoDecimalsUseADecimalCommaAndRoundHalfUp() {
        assertThat(DanishFormat.twoDecimals(7.0 / 11)).isEqualTo("0,64");
        assertThat(DanishFormat.twoDecimals(0.125)).isEqualTo("0,13");
        assertThat(DanishFormat.twoDecimals(-0.5)).isEqualTo("-0,50");
    }

    @Test
    void summarySentencesWordTheKeyFigures() {
        AuditReport report = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), Fixtures.results());
        UnitReport vejen = report.kommuner().get(1);
        assertThat(SummarySentences.of(report, vejen)).containsExactly(
                "Undersøgelsen omfatter 6 sager fra Vejen, heraf 5 realitetsbehandlede.",
                "I 2 af 5 sager var afgørelsen i overensstemmelse med regler og praksis, svarende til 40,0 % "
                        + "(95 %-konfidensinterval: 12,7–75,3 %).",
                "Omgørelsesprocenten er 40,0 % (95 %-konfidensinterval: 12,7–75,3 %)"
                        + ": 2 af 5 realitetsbehandlede sager ville blive ændret eller hjemvist.",
                "For alle kommuner i undersøgelsen var 63,6 % af afgørelserne i overensstemmelse med regler og praksis, "
                        + "og omgørelsesprocenten var 27,3 %.");
        assertThat(SummarySentences.of(report, report.total())).hasSize(3)
                .first().isEqualTo("Undersøgelsen omfatter 12 sager fra 3 kommuner, heraf 11 realitetsbehandlede.");
    }
}
