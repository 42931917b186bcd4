package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import dk.praksis.report.Edition;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.SmallCells;
import dk.praksis.report.MethodFacts;
import dk.praksis.text.DanishFormat;
import dk.praksis.report.text.SummarySentences;
import dk.praksis.stats.IntervalMethod;
import dk.praksis.stats.Kappa;
import java.util.List;

/** Bilag: Metode: the sample, the reviewers, the as-of date and how shares and intervals are computed. */
final class MethodChapter {

    private MethodChapter() {
    }

    static void add(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        MethodFacts m = view.report().method();
        KeyFigures all = view.all().figures();
        Chapter chapter = doc.chapter("Bilag 1: Metode");
        var sample = doc.section(chapter, "Stikprøve og bedømmere");
        sample.add(style.paragraph("Undersøgelsen omfatter " + Fmt.cases(all.cases()) + " fra "
                + SummarySentences.kommuner(view.report().kommuner().size()) + ". " + all.assessed() + " af sagerne kunne "
                + "realitetsbehandles; de øvrige indeholdt ikke grundlag for en vurdering."
                + (view.isTotal() ? "" : " Denne rapport handler om de " + Fmt.cases(view.unit().figures().cases())
                + " fra " + view.label() + ".")));
        List<String> reviewers = view.all().reviewers();
        String reviewed = view.edition() == Edition.PUBLIC ? reviewerCount(reviewers) : reviewers(reviewers);
        sample.add(style.paragraph(reviewed + " Hver sag er gennemgået efter måleskemaet i Bilag 2 ("
                + m.checklistId() + ", version " + m.checklistVersion() + ")."));
        sample.add(style.paragraph("Opgørelsesdatoen er " + Fmt.date(m.asOf()) + ". Frister, der endnu ikke var "
                + "udløbet på denne dato, tæller som ikke relevante."));
        IntakeSection.add(doc, chapter, view);
        CorrectionsSection.add(doc, chapter, view);
        var shares = doc.section(chapter, "Sådan er procenterne beregnet");
        shares.add(style.paragraph(denominators(view.report().checklist())));
        shares.add(style.paragraph("For hvert spørgsmål er andelen opfyldt beregnet som opfyldt divideret med "
                + "opfyldt plus ikke opfyldt; sager, hvor spørgsmålet ikke var relevant, indgår ikke. Sagens score er "
                + "andelen af de relevante spørgsmål, sagen opfyldte."));
        shares.add(style.paragraph("Et tema samlet (rækken »" + ThemeChapter.THEME_ROW + "«) tæller sager, ikke "
                + "svar: en sag har opfyldt temaet, når alle temaets spørgsmål, der var relevante i sagen, var "
                + "opfyldt, og ikke opfyldt, når mindst ét af dem ikke var. Sager, hvor intet af temaets spørgsmål "
                + "var relevant, indgår ikke i nævneren. Temaet lægges ikke sammen over svarene, fordi hver sag "
                + "giver flere svar, og svarene fra samme sag hænger sammen; et interval beregnet over svarene "
                + "ville se mere sikkert ud, end det er. Sagerne er derimod uafhængige af hinanden, så andelen af "
                + "sager har et retvisende interval."));
        shares.add(style.paragraph("Den samlede vurdering er bedømmerens egen, når den er angivet, og ellers den "
                + "alvorligste konsekvens blandt de spørgsmål, der ikke var opfyldt."
                + (all.disagreements() > 0 ? " I " + Fmt.cases(all.disagreements()) + " afveg bedømmerens vurdering fra "
                + "den, der følger af svarene." : "")
                + consistency(m)));
        CalibrationSection.add(doc, chapter, view);
        if (view.edition() == Edition.PUBLIC) {
            var small = doc.section(chapter, "Små tal og enkeltsager");
            small.add(style.paragraph("I den offentlige rapport vises en kommunes antal ikke, når det er 1 eller 2 "
                    + "sager: der står »under " + SmallCells.MIN_SHOWN + "«, og procent og interval udelades, så der ikke "
                    + "står en andel af en eller to sager. 0 sager vises, og tallene for alle kommuner under ét vises "
                    + "altid. Kommunens antal sager i alt og de andre kategorier vises, for hver kommunes tal skal summe "
                    + "til dens sager; er kun én kategori skjult, kan den derfor findes ved at trække de andre fra. Det er "
                    + "valgt, fordi rapporten ikke indeholder noget om de enkelte sager, så et præcist antal på 1 eller 2 "
                    + "ikke peger på en bestemt borger."));
            small.add(style.paragraph("Rapporten har ingen sagsoversigt og nævner ingen sagsnumre, datoer i de enkelte "
                    + "sager, bedømmernes bemærkninger eller bedømmerkoder. Eksemplerne i teksten er vist uden dem. "
                    + "Hver kommune har fået et bilag med sine egne sager, og nævnet har en intern udgave af rapporten "
                    + "med alle sager."));
        }
        var intervals = doc.section(chapter, "Usikkerhed");
        intervals.add(style.paragraph("Alle andele vises med et " + view.intervalLabel() + ". "
                + intervalMeaning(m.confidenceLevel())
                + (m.populationCorrection() ? " Hvor undersøgelsesfilen angiver, hvor mange afgørelser kommunen "
                + "traf i perioden, er intervallet korrigeret for, at stikprøven udgør en del af dem." : "")));
        for (IntervalMethod method : m.intervalMethods()) {
            intervals.add(style.paragraph(method.label() + ": " + method.description()));
        }
        intervals.add(style.paragraph("Med få sager pr. kommune er intervallerne brede. Små forskelle mellem "
                + "kommuner eller mellem to undersøgelser bør derfor ikke tillægges vægt, før intervallerne er "
                + "taget i betragtning."));
        doc.add(chapter);
    }

    /** The number of reviewers without their codes, for the public edition. */
    private static String reviewerCount(List<String> reviewers) {
        if (reviewers.isEmpty()) {
            return "Bedømmerne er ikke angivet i sagerne.";
        }
        return "Sagerne er bedømt af " + reviewers.size() + (reviewers.size() == 1 ? " bedømmer." : " bedømmere.");
    }

    /**
     * What a confidence interval is, in Danish, without the common misreading that the true share lies in this
     * particular interval with 95 % probability.
     */
    static String intervalMeaning(double level) {
        return "Sagerne betragtes som en stikprøve af kommunens afgørelser. Intervallet er beregnet efter en metode, "
                + "der ved gentagne stikprøver ville indfange den sande andel i " + Fmt.level(level) + " af "
                + "tilfældene. Det viser altså, hvilke andele de undersøgte sager er forenelige med; det betyder ikke, "
                + "at den sande andel med " + Fmt.level(level) + " sandsynlighed ligger netop i dette interval.";
    }

    /** Which cases the shares are out of, and which consequences the omgørelsesprocent counts (if any). */
    private static String denominators(dk.praksis.checklist.Checklist checklist) {
        List<String> reversing = checklist.consequences().stream().filter(dk.praksis.checklist.Consequence::reversal)
                .map(c -> "»" + c.titel() + "«").toList();
        List<String> other = checklist.consequences().stream().filter(c -> !c.reversal())
                .map(c -> "»" + c.titel() + "«").toList();
        if (reversing.isEmpty()) {
            return "Andelen i overensstemmelse med regler og praksis er beregnet af de realitetsbehandlede sager; "
                    + "sager, der ikke kunne vurderes, indgår ikke i nævneren. Måleskemaet regner ingen konsekvens "
                    + "som omgørelse, så der er ingen omgørelsesprocent.";
        }
        return "Andelen i overensstemmelse med regler og praksis og omgørelsesprocenten er beregnet af de "
                + "realitetsbehandlede sager; sager, der ikke kunne vurderes, indgår ikke i nævneren. "
                + "Omgørelsesprocenten tæller sagerne med vurderingen " + dk.praksis.text.DanishList.or(reversing) + "."
                + (other.isEmpty() ? "" : " " + dk.praksis.text.DanishList.and(other) + " tæller ikke med.");
    }

    private static String reviewers(List<String> reviewers) {
        if (reviewers.isEmpty()) {
            return "Bedømmerne er ikke angivet i sagerne.";
        }
        return "Sagerne er bedømt af " + reviewers.size() + (reviewers.size() == 1 ? " bedømmer" : " bedømmere")
                + " (" + String.join(", ", reviewers) + ").";
    }

    /**
     * Internal consistency: the reviewer's own verdict against the verdict the checklist derives from the same
     * reviewer's answers, in words and as Cohen's kappa; empty when not computable. Not agreement between reviewers.
     */
    private static String consistency(MethodFacts m) {
        Kappa k = m.consistency();
        if (k == null) {
            return "";
        }
        return " Intern konsistens (bedømmerens samlede vurdering mod måleskemaets udledte vurdering): de to er ens i "
                + Fmt.keep(DanishFormat.percent(k.observed())) + " af de " + k.pairs() + " sager med en afgørelse, hvor"
                + " bedømmeren har angivet en samlet vurdering (Cohens kappa " + DanishFormat.twoDecimals(k.kappa())
                + "; 1 er fuld overensstemmelse, 0 ikke bedre end tilfældig). Tallet viser, om måleskemaets konsekvenser"
                + " passer til bedømmernes egne vurderinger; det måler ikke enighed mellem bedømmere.";
    }
}
