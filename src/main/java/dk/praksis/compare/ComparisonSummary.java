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
        c.checklistDifference().ifPresent(out::add);
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
            StringBuilder row = new StringBuilder(String.format("  %-26s", ClearChange.shortLabel(m)));
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
        return ClearChange.of(c).stream().map(x -> x.change() != null
                ? String.format("  %-2s %s, %s: %s–%s %s procentpoint, Fisher p %s, justeret p %s", x.marker(), x.unit(),
                        x.measure(), x.change().from(), x.change().to(), ChangeFormat.change(x.change()),
                        pIs(x.p()), pIs(x.adjustedP()))
                : String.format("  %-2s %s, %s: trend over årene, z %s, eksakt p %s, justeret p %s", x.marker(), x.unit(),
                        x.measure(), dk.praksis.text.DanishFormat.twoDecimals(x.trend().z()), pIs(x.p()),
                        pIs(x.adjustedP()))).toList();
    }

    /** "= 0,029", or "< 0,001" for small values. */
    private static String pIs(double p) {
        String text = ChangeFormat.p(p);
        return text.startsWith("<") ? text : "= " + text;
    }
}
