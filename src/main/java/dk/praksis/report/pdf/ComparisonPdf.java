package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Labels;
import dk.praksis.compare.Change;
import dk.praksis.compare.ChangeSentences;
import dk.praksis.compare.ClearChange;
import dk.praksis.compare.FamilyCount;
import dk.praksis.compare.MultipleComparisons;
import dk.praksis.compare.ChangeFormat;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.ItemChain;
import dk.praksis.compare.KommunePresence;
import dk.praksis.compare.MeasureSeries;
import dk.praksis.compare.UnitComparison;
import dk.praksis.compare.YearInfo;
import dk.praksis.compare.YearShare;
import dk.praksis.text.DanishFormat;
import dk.praksis.stats.IntervalMethod;
import dk.praksis.text.DanishList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sammenligning.pdf: the comparison of audit years for a reader: charts of the key shares per year
 * with their intervals, tables of shares and changes for all kommuner and each kommune, the items that
 * could not be compared, and the method.
 */
public final class ComparisonPdf {

    private static final LocalDate FIXED = LocalDate.of(2000, 1, 1);

    private final ReportDocument doc;
    private final HouseStyle style;
    private final Comparison c;

    private ComparisonPdf(ReportDocument doc, Comparison c) {
        this.doc = doc;
        this.style = doc.style;
        this.c = c;
    }

    public static byte[] bytes(Comparison c) {
        String title = "Sammenligning af praksisundersøgelser " + years(c);
        DocumentInfo info = new DocumentInfo(title, sender(c), "Andele pr. år med 95 %-konfidensintervaller og"
                + " ændringer i procentpoint", "praksisundersøgelse, sammenligning", c.latestAsOf().orElse(FIXED));
        return PdfOutput.bytes(info, "Sammenligning " + years(c), doc -> new ComparisonPdf(doc, c).content(title));
    }

    private void content(String title) {
        Chapter main = doc.chapter("Hovedresultater", false);
        main(main, title);
        doc.add(main);

        Chapter intro = doc.chapter("Om sammenligningen");
        intro.add(style.paragraph("Sammenligningen viser for hvert år andelen af sager med et givet resultat med et"
                + " 95\u00A0%-konfidensinterval i parentes og antallet af sager under, og ændringen i procentpoint fra"
                + " første til sidste år med Newcombes interval. Kolonnen p er Fishers eksakte test for den ændring."
                + " Markeringen står ved p og følger den: * betyder p under 0,05, ** at ændringen også holder efter"
                + " korrektion for mange sammenligninger. Med få sager pr. kommune er de fleste ændringer inden for"
                + " den tilfældige variation."));
        ChangeFormat.multipleComparisons(c.multiple()).forEach(line -> intro.add(style.paragraph(line)));
        PdfPTable years = style.table(new float[] {0.8f, 3.4f, 1.6f, 0.8f, 0.9f}, 3, "År", "Undersøgelse",
                "Måleskema", "Sager", "Kommuner");
        for (YearInfo y : c.years()) {
            years.addCell(style.text(y.label()));
            years.addCell(style.text(y.title()));
            years.addCell(style.text(y.checklistId() + " v" + y.checklistVersion()));
            years.addCell(style.number(String.valueOf(y.cases())));
            years.addCell(style.number(String.valueOf(y.kommuner())));
        }
        intro.add(years);
        c.notes().forEach(n -> intro.add(style.note(n)));
        doc.add(intro);

        Chapter total = doc.chapter("Alle kommuner");
        unit(total, c.total());
        doc.add(total);

        if (!c.kommuner().isEmpty()) {
            Chapter kommuner = doc.chapter("Kommuner");
            kommuner.add(style.paragraph("Kommuner, der deltog i mindst to af årene, sorteret efter navn."
                    + " Tallene er små; læs intervallerne, før der drages konklusioner."));
            for (UnitComparison u : c.kommuner()) {
                Section s = doc.section(kommuner, unitName(u));
                ChangeSentences.of(u).forEach(line -> s.add(style.paragraph(Fmt.keep(line))));
                unit(s, u);
            }
            doc.add(kommuner);
        }

        Chapter notCompared = doc.chapter("Spørgsmål med noter og kommuner i ét år");
        notCompared(notCompared);
        doc.add(notCompared);

        Chapter method = doc.chapter("Metode");
        method(method);
        doc.add(method);
    }

    /**
     * The first page for a manager: the comparison in sentences (the key shares first year against last),
     * how many changes are clear against how many chance alone would mark, and the list of clear changes.
     */
    private void main(Chapter chapter, String title) {
        chapter.add(style.paragraph(title + ": " + DanishList.and(c.years().stream()
                .map(y -> y.label() + " med " + Fmt.cases(y.cases())).toList()) + "."));
        c.checklistDifference().ifPresent(d -> chapter.add(style.paragraph(d)));
        List<String> sentences = ChangeSentences.of(c.total());
        if (sentences.isEmpty()) {
            chapter.add(style.paragraph("For alle kommuner under ét er der ingen andel at sammenligne."));
        }
        sentences.forEach(line -> chapter.add(style.paragraph(Fmt.keep(line))));
        List<ClearChange> clear = ClearChange.of(c);
        chapter.add(style.paragraph(clearSentence(clear.size())));
        Section list = doc.section(chapter, "Tydelige ændringer");
        if (clear.isEmpty()) {
            list.add(style.paragraph("Ingen ændring eller trend har p under 0,05."));
            return;
        }
        list.add(style.note("* p under 0,05 i Fishers eksakte test (ændringer) eller den eksakte trendtest (trends);"
                + " ** holder også efter korrektion for mange sammenligninger."));
        PdfPTable t = style.table(new float[] {2.2f, 3.4f, 3.2f, 1.1f}, 3, "Hvor", "Hvad", "Ændring", "p");
        for (ClearChange x : clear) {
            t.addCell(style.text(x.unit()));
            t.addCell(style.text(Labels.capitalised(x.measure())));
            t.addCell(style.text(Fmt.keep(x.what("\n"))));
            t.addCell(pCell(x.p(), x.marker()));
        }
        ColumnFit.fit(t, doc.contentWidth(), 1);
        list.add(t);
    }

    /** "Af de 40 sammenligninger har 3 p under 0,05; tilfældigheder alene ville give omkring 2. 1 holder ..." */
    private String clearSentence(int clear) {
        MultipleComparisons m = c.multiple();
        int holding = m.families().stream().mapToInt(FamilyCount::holding).sum();
        return "Af de " + m.comparisons() + " sammenligninger af ændringer og trends " + (clear == 0 ? "har ingen"
                : "har " + clear) + " p under 0,05; tilfældigheder alene ville markere omkring "
                + DanishFormat.oneDecimal(m.expectedByChance()) + ". " + (holding == 0
                ? "Ingen ændring holder efter korrektion for mange sammenligninger."
                : holding + (holding == 1 ? " ændring holder" : " ændringer holder")
                + " efter korrektion for mange sammenligninger (markeret **).");
    }

    private static String unitName(UnitComparison u) {
        return u.kommune() == null ? u.name() : u.name() + " (" + u.kommune().kode() + ")";
    }

    private void unit(Section section, UnitComparison u) {
        List<MeasureSeries> key = u.verdicts().stream()
                .filter(m -> m.key().equals(Checklist.VERDICT_OK) || m.key().equals(Comparer.OMGOERELSE)).toList();
        section.add(ShareTrendChart.image(doc, key, key.stream().map(MeasureSeries::label).toList(), c.yearLabels(),
                doc.contentWidth() * 0.8f, 190));
        section.add(style.note("Vurderingernes andele er af de sager, der kunne vurderes."));
        section.add(table(unitName(u) + ": vurdering", u.verdicts(), false));
        if (!u.items().isEmpty()) {
            section.add(style.note("Spørgsmålenes andel opfyldt er af de sager, hvor spørgsmålet var relevant."));
            section.add(table(unitName(u) + ": spørgsmål", u.items(), true));
        }
    }

    /**
     * One row per measure: its share per year (with interval and count), the change from the first year
     * to the last with its interval, and Fisher's p with the marker that follows it. The first header names
     * the unit, so a table continued on the next page still says whose it is.
     */
    private PdfPTable table(String first, List<MeasureSeries> measures, boolean items) {
        List<String> headers = new ArrayList<>();
        headers.add(first);
        List<String> labels = c.yearLabels();
        headers.addAll(labels);
        headers.add("Ændring " + labels.get(0) + "–" + labels.get(labels.size() - 1) + " (procentpoint)");
        headers.add("p");
        PdfPTable t = style.table(new float[headers.size()], 1, headers.toArray(String[]::new));
        for (MeasureSeries m : measures) {
            t.addCell(labelCell(m, items));
            for (String year : labels) {
                Optional<YearShare> s = m.shares().stream().filter(x -> x.year().equals(year)).findFirst();
                t.addCell(style.number(s.map(ComparisonPdf::shareLines).orElse("")));
            }
            Optional<Change> ch = m.overallChange();
            t.addCell(changeCell(ch));
            t.addCell(ch.map(x -> pCell(x.fisherP(), ChangeFormat.marker(x))).orElse(style.number(Fmt.DASH)));
        }
        ColumnFit.fit(t, doc.contentWidth(), 0);
        return t;
    }

    /** "60,0 %", "(49,0–70,0)", "48 af 80" on three lines, so a year's column stays narrow. */
    private static String shareLines(YearShare s) {
        String share = ChangeFormat.shareWithInterval(s);
        int cut = share.indexOf(" (");
        return Fmt.keep(cut < 0 ? share : share.substring(0, cut) + "\n" + share.substring(cut + 1))
                + "\n" + s.count() + " af " + s.total();
    }

    /** The measure's label (a question with its id, text and notes); a trend marker would go here. */
    private PdfPCell labelCell(MeasureSeries m, boolean items) {
        return style.text(items ? itemLabel(m) : m.label());
    }

    private PdfPCell changeCell(Optional<Change> ch) {
        if (ch.isEmpty()) {
            return style.number(Fmt.DASH);
        }
        Change x = ch.get();
        String text = ChangeFormat.points(x.estimate()) + "\n(" + ChangeFormat.points(x.lower()) + " til "
                + ChangeFormat.points(x.upper()) + ")";
        return style.cell(new Phrase(text, ChangeFormat.marker(x).isEmpty() ? style.cell : style.cellBold),
                Element.ALIGN_RIGHT);
    }

    /** "0,013 *": the p-value with the marker that follows it, bold when marked. */
    private PdfPCell pCell(double p, String marker) {
        String text = ChangeFormat.p(p).replace("< ", "<\u00A0") + (marker.isEmpty() ? "" : "\u00A0" + marker);
        return style.cell(new Phrase(text, marker.isEmpty() ? style.cell : style.cellBold), Element.ALIGN_RIGHT);
    }

    private String itemLabel(MeasureSeries m) {
        return c.items().stream().filter(i -> i.key().equals(m.key())).findFirst()
                .map(i -> i.displayId() + " " + i.text() + (i.notes().isEmpty() ? "" : "\n" + String.join(" ", i.notes())))
                .orElse(m.label());
    }

    private void notCompared(Chapter chapter) {
        List<ItemChain> noted = c.items().stream().filter(i -> !i.compared() || !i.notes().isEmpty()).toList();
        if (noted.isEmpty()) {
            chapter.add(style.paragraph("Alle spørgsmål findes i alle år med samme regel og er sammenlignet."));
        } else {
            PdfPTable t = style.table(new float[] {1.1f, 3.2f, 1.3f, 3.2f}, 4, "Spørgsmål", "Tekst", "Sammenlignet",
                    "Note");
            for (ItemChain i : noted) {
                t.addCell(style.text(i.displayId() + "\n" + String.join(", ", i.idsByYear().keySet())));
                t.addCell(style.text(i.text()));
                t.addCell(style.text(i.compared() ? "ja" : "nej"));
                t.addCell(style.text(String.join(" ", i.notes())));
            }
            chapter.add(t);
        }
        Section single = doc.section(chapter, "Kommuner med i ét år");
        if (c.singleYear().isEmpty()) {
            single.add(style.paragraph("Alle kommuner deltog i mindst to af årene."));
        } else {
            single.add(style.paragraph("Disse kommuner deltog kun i ét af årene og er derfor ikke sammenlignet;"
                    + " deres sager indgår i tallene for alle kommuner det år."));
            PdfPTable t = style.table(new float[] {3f, 1f, 2f}, 3, "Kommune", "Kode", "År");
            for (KommunePresence k : c.singleYear()) {
                t.addCell(style.text(k.kommune().navn()));
                t.addCell(style.text(k.kommune().kode()));
                t.addCell(style.text(String.join(", ", k.years())));
            }
            single.add(t);
        }
    }

    private void method(Chapter chapter) {
        chapter.add(style.paragraph("Hver andel er vist med et 95\u00A0%-konfidensinterval. "
                + IntervalMethod.WILSON.description()));
        chapter.add(style.paragraph("Ændringen fra ét år til et senere er forskellen mellem de to andele i"
                + " procentpoint. " + IntervalMethod.NEWCOMBE_HYBRID.description() + " Intervallet viser ændringens"
                + " størrelse og usikkerhed."));
        chapter.add(style.paragraph("Fishers eksakte test (tosidet) angiver sandsynligheden for en mindst lige så"
                + " stor forskel, hvis der ingen reel forskel var. Testen er eksakt og passer derfor også til små tal."
                + " Markeringen følger den viste p-værdi: en ændring er markeret med *, når p er under 0,05. Nær"
                + " grænsen kan Newcombes interval lige netop udelukke 0, uden at p er under 0,05; så er ændringen"
                + " ikke markeret."));
        chapter.add(style.paragraph("Sammenligningen tester mange ændringer på én gang, og ved 95\u00A0%-niveauet vil"
                + " omkring hver tyvende ændring blive markeret, selv om intet har ændret sig. Derfor er Fishers"
                + " p-værdier justeret med Benjamini–Hochbergs metode, der holder andelen af fejlagtigt markerede"
                + " ændringer (false discovery rate) under 5\u00A0%. En ændring holder efter korrektion, når den"
                + " justerede p-værdi er under 0,05; den er markeret med **. Tabellerne viser den ujusterede p, som"
                + " * følger; de justerede p-værdier står i sammenligning.xlsx."));
        chapter.add(style.paragraph("Korrektionen anvendes inden for hver af fire familier af beslægtede ændringer: "
                + java.util.Arrays.stream(dk.praksis.compare.Family.values()).map(f -> "»" + f.title() + "«")
                        .collect(java.util.stream.Collectors.joining(", ")) + ". Den samlede vurdering for alle"
                + " kommuner (fx omgørelsesprocenten) er undersøgelsens hovedspørgsmål og justeres kun sammen med"
                + " de andre andele af den samlede vurdering; de mange udforskende sammenligninger pr. spørgsmål og"
                + " pr. kommune justeres hver for sig. Én stor familie ville gøre hovedspørgsmålet urimeligt strengt,"
                + " mens ingen korrektion ville gøre de udforskende fund for lette at tro på."));
        ChangeFormat.multipleComparisons(c.multiple()).stream().skip(1)
                .forEach(line -> chapter.add(style.paragraph(line)));
        if (c.years().size() >= 3) {
            chapter.add(style.paragraph("Over tre eller flere år testes for en jævn udvikling med Cochran–Armitages"
                    + " trendtest, hvor årstallene er scorer. p-værdien er den eksakte betingede (givet antal sager"
                    + " pr. år og antal sager med udfaldet i alt), fordi normalfordelingens tilnærmelse giver for små"
                    + " p-værdier ved 10–15 sager om året. Trendtestene tæller med i korrektionen for mange"
                    + " sammenligninger og markeres efter samme regel som ændringerne; de tydelige trends står under"
                    + " Hovedresultater. Med tre eller flere år viser tabellerne ændringen fra første til sidste år;"
                    + " ændringerne mellem de enkelte år og trendtestenes p-værdier står i sammenligning.xlsx."));
        }
        c.checklistDifference().ifPresent(d -> chapter.add(style.paragraph(d)));
        chapter.add(style.paragraph("Spørgsmål er sammenholdt efter id. Er reglen bag et spørgsmål ændret (et andet"
                + " fingeraftryk i resultatfilen), sammenlignes det ikke, medmindre en mappingfil angiver, at"
                + " spørgsmålene svarer til hinanden. Er kun formuleringen ændret, sammenlignes det med en note."));
    }

    private static String years(Comparison c) {
        return DanishList.and(c.yearLabels());
    }

    /** The latest year's sender: the board that made the comparison's newest audit. */
    private static String sender(Comparison c) {
        return c.years().get(c.years().size() - 1).sender();
    }
}
