package dk.praksis.sample;

import dk.praksis.text.DanishNumber;
import java.util.ArrayList;
import java.util.List;

/** The planning result as terminal lines, in Danish. */
public final class SizePlanningText {

    private SizePlanningText() {
    }

    public static List<String> lines(SizePlanning p) {
        List<String> out = new ArrayList<>();
        out.add("Forventet andel " + pct(p.expectedShare()) + " %, 95 %-interval på højst ±" + pct(p.halfWidth())
                + " procentpoint (Wilsons interval, som rapporterne viser).");
        out.add("Kommune med mange eller et ukendt antal afgørelser: " + p.unlimited() + " sager.");
        if (!p.kommuner().isEmpty()) {
            out.add("Med korrektion for endelig population (antal afgørelser i perioden):");
            int width = p.kommuner().stream().mapToInt(r -> r.kommune().navn().length()).max().orElse(0);
            for (SizePlanning.Row r : p.kommuner()) {
                out.add(String.format("  %-4s %-" + width + "s %6d afgørelser  %5d sager", r.kommune().kode(),
                        r.kommune().navn(), r.population(), r.needed()));
            }
            out.add(String.format("  %-" + (width + 5) + "s %6s             %5d sager", "I alt", "", p.total()));
        }
        out.add("Den andel, der faktisk findes, afgør intervallets bredde; ligger den tættere på 50 %, bliver intervallet"
                + " bredere end planlagt.");
        return out;
    }

    private static String pct(double share) {
        return DanishNumber.of(Math.round(share * 1000) / 10.0);
    }
}
