package dk.praksis.compare;

import dk.praksis.stats.Difference;
import dk.praksis.stats.Share;
import dk.praksis.stats.Sampling;
import dk.praksis.stats.Proportion;
import dk.praksis.stats.TrendTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one measure's counts per year into shares, changes and a trend (all statistics from dk.praksis.stats). */
final class SeriesBuilder {

    /**
     * The counts of one measure in one year; score places the year on the trend test's axis; sampling gives the
     * year's share the same interval as the audit's report did.
     */
    record Point(String year, int score, Proportion proportion, Sampling sampling) {
    }

    private final double level;

    SeriesBuilder(double level) {
        this.level = level;
    }

    MeasureSeries build(String key, String label, List<Point> points) {
        List<YearShare> shares = points.stream().map(this::share).toList();
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            change(points.get(i - 1), points.get(i)).ifPresent(changes::add);
        }
        Trend trend = null;
        if (points.size() >= 3) {
            change(points.get(0), points.get(points.size() - 1)).ifPresent(changes::add);
            trend = TrendTest.cochranArmitage(points.stream().map(Point::proportion).toList(),
                            points.stream().map(Point::score).toList())
                    .map(t -> new Trend(t.statistic(), t.pValue(), t.asymptoticP(), t.pValue() < 1 - level))
                    .orElse(null);
        }
        return new MeasureSeries(key, label, shares, changes, trend);
    }

    /** The year's share with the interval the audit's report showed: the same computation, {@link Share#of}. */
    private YearShare share(Point p) {
        Proportion prop = p.proportion();
        Share s = Share.of(prop.successes(), prop.total(), level, p.sampling());
        return new YearShare(p.year(), prop.successes(), prop.total(),
                prop.isEmpty() ? null : prop.share().getAsDouble(),
                s.defined() ? s.interval().lower() : null, s.defined() ? s.interval().upper() : null);
    }

    /** Later minus earlier; empty when either year has no cases for the measure. */
    private Optional<Change> change(Point earlier, Point later) {
        Difference d = Difference.of(later.proportion(), earlier.proportion());
        // One significance rule: a change is marked by the test whose p-value is shown (Fisher's), not by
        // whether Newcombe's interval excludes 0; the two can disagree near the boundary.
        return d.newcombe(level).map(i -> {
            double p = d.fisherPValue().getAsDouble();
            return new Change(earlier.year(), later.year(), d.estimate().getAsDouble(), i.lower(), i.upper(), p,
                    p < 1 - level);
        });
    }
}
