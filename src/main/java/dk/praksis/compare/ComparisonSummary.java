package dk.praksis.compare;

import dk.praksis.text.DanishList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The terminal summary of a comparison: the key figures for all kommuner, then only the changes whose
 * interval excludes zero (marked with *, or ** when they also hold after Benjamini–Hochberg's correction),
 * and per family of changes how many of them chance alone would give, so a reader is not invited to over-read noise.
 */
public final class ComparisonSummary {

    private ComparisonSummary() {
    }

    public static List<String> lines(Comparison c) {
        List<String> out = new ArrayList<>();
        List<String> labels = c.yearLabels();
        out.add("Sammenligning af " + DanishList.and(labels) + " (95 %-konfidensintervaller)");
        out.add("");
        StringBuilder head = new StringBuilder(String.format("%-28s", "Alle kommuner"));
        labels.forEach(l -> head.append(String.format("%-18s", l)));
        head.append("Ændring ").append(labels.get(0)).append('–').append(labels.get(labels.size() - 1))
                .append(" i procentpoint");
        out.add(head.toString());
        for (MeasureSeries m : c.total().verdicts()) {
            if (!m.key().equals(dk.praksis.checklist.Checklist.VERDICT_OK) && !m.key().equals(Comparer.OMGOERELSE)) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format("  %-26s", shortLabel(m)));
            Map<String, YearShare> byYear = m.shares().stream().collect(Collectors.toMap(YearShare::year, Function.identity()));
            for (String l : labels) {
                YearShare s = byYear.get(l);
                row.append(String.format("%-18s", s == null ? "" : ChangeFormat.percent(s.share()) + " af " + s.total()));
            }
            m.overallChange().ifPresent(ch -> row.append(ChangeFormat.change(ch)).append(' ').append(ChangeFormat.marker(ch)));
            out.add(row.toString().stripTrailing());
        }
        out.add("");
        List<String> clear = clearChanges(c);
        if (clear.isEmpty()) {
            out.add("Ingen tydelige ændringer: ingen ændring eller trend har p under 0,05.");
        } else {
            out.add("Tydelige ændringer (* p under 0,05 i Fishers eksakte test eller den eksakte trendtest; ** holder"
                    + " også efter korrektion for mange sammenligninger):");
            out.addAll(clear);
        }
        out.addAll(ChangeFormat.multipleComparisons(c.multiple()));
        if (!c.singleYear().isEmpty()) {
            out.add("");
            out.add("Kun med i ét år (ikke sammenlignet): " + c.singleYear().stream()
                    .map(k -> k.kommune().navn() + " (" + DanishList.and(k.years()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        itemsFlagged(c, ItemFlag.RULE_CHANGED, "Spørgsmål med ændret regel (ikke sammenlignet): ", out);
        itemsFlagged(c, ItemFlag.ONE_YEAR, "Spørgsmål kun med i ét år: ", out);
        return out;
    }

    private static void itemsFlagged(Comparison c, ItemFlag flag, String heading, List<String> out) {
        List<String> keys = c.items().stream().filter(i -> !i.compared() && i.flags().contains(flag))
                .map(ItemChain::key).toList();
        if (!keys.isEmpty()) {
            out.add(heading + String.join(", ", keys));
        }
    }

    private static List<String> clearChanges(Comparison c) {
        List<String> out = new ArrayList<>();
        List<UnitComparison> units = new ArrayList<>();
        units.add(c.total());
        units.addAll(c.kommuner());
        for (UnitComparison u : units) {
            u.verdicts().forEach(m -> clearLines(u.name() + ", " + shortLabel(m), m, out));
            u.items().forEach(m -> clearLines(u.name() + ", spørgsmål " + itemLabel(c, m), m, out));
        }
        return out;
    }

    private static void clearLines(String what, MeasureSeries m, List<String> out) {
        for (Change ch : m.changes()) {
            if (ch.clear() || ch.holdsAfterCorrection()) {
                out.add(String.format("  %-2s %s: %s–%s %s procentpoint, Fisher p %s, justeret p %s",
                        ChangeFormat.marker(ch), what, ch.from(), ch.to(), ChangeFormat.change(ch),
                        pIs(ch.fisherP()), pIs(ch.adjustedP())));
            }
        }
        Trend t = m.trend();
        if (t != null && (t.clear() || t.holdsAfterCorrection())) {
            out.add(String.format("  %-2s %s: trend over årene, z %s, eksakt p %s, justeret p %s",
                    ChangeFormat.marker(t), what, dk.praksis.report.text.DanishFormat.twoDecimals(t.z()), pIs(t.p()),
                    pIs(t.adjustedP())));
        }
    }

    /** "= 0,029", or "< 0,001" for small values. */
    private static String pIs(double p) {
        String text = ChangeFormat.p(p);
        return text.startsWith("<") ? text : "= " + text;
    }

    /** "AP2 (Er der gennemført arbejdsprøvning?)": the id with the question's text, shortened if long. */
    private static String itemLabel(Comparison c, MeasureSeries m) {
        return c.item(m.key()).map(i -> m.label() + " (" + ChangeFormat.shortText(i.text()) + ")").orElse(m.label());
    }

    private static String shortLabel(MeasureSeries m) {
        if (m.key().equals(dk.praksis.checklist.Checklist.VERDICT_OK)) {
            return "I overensstemmelse";
        }
        if (m.key().equals(Comparer.OMGOERELSE)) {
            return "Omgørelse";
        }
        return m.label();
    }
}
