package dk.praksis.cases.tables;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Condition;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.cases.tables.Column.Role;
import dk.praksis.text.DanishLetters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The tables of a case dataset for one checklist: which dates, fields, answers, period types,
 * events, courses and document elements the checklist needs, laid out as columns. The template,
 * the writer and both readers share it, so the form and its reading cannot drift apart.
 */
public record TableLayout(Table sager, Table perioder, Table haendelser, List<Table> courses, Table dokumenter,
                          Table andenVurdering) {

    private static final Set<String> NOT_A_NAME = Set.of("sagstype", "kommune");
    /** Noted among the fields when a condition tests afgørelse.fuldt_medhold; it has its own column. */
    private static final String FULLY_GRANTED = "afgørelse.fuldt_medhold";

    public TableLayout {
        courses = List.copyOf(courses);
    }

    /** Every table, Sager first (the others refer to its ids), the second reviewer's last. */
    public List<Table> tables() {
        List<Table> all = new ArrayList<>(List.of(sager, perioder, haendelser));
        all.addAll(courses);
        all.add(dokumenter);
        all.add(andenVurdering);
        return all;
    }

    public Optional<Table> course(String name) {
        return courses.stream().filter(t -> t.course().equals(name)).findFirst();
    }

    public static TableLayout of(Checklist checklist) {
        Needs n = Needs.of(checklist);
        return new TableLayout(sager(checklist, n), perioder(n), haendelser(n), courses(n),
                dokumenter(n), andenVurdering(checklist));
    }

    /**
     * The layout widened by Sager columns ("datoer.NAVN", "felter.NAVN") for dates and fields the
     * cases carry but the checklist does not use, so writing cases loses nothing.
     */
    public TableLayout withDataOf(List<Case> cases) {
        Set<String> dates = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        for (Case c : cases) {
            c.dates().keySet().stream().filter(d -> !hasNamed(Role.DATO, d)).forEach(dates::add);
            c.fields().keySet().stream().filter(f -> !hasNamed(Role.FELT, f)).forEach(fields::add);
        }
        if (dates.isEmpty() && fields.isEmpty()) {
            return this;
        }
        List<Column> cols = new ArrayList<>(sager.columns());
        int at = cols.indexOf(sager.first(Role.LAEGELIGE).orElseThrow());
        List<Column> extra = new ArrayList<>();
        dates.stream().sorted().forEach(d -> extra.add(dateColumn("datoer." + d, d)));
        fields.stream().sorted().forEach(f -> extra.add(fieldColumn("felter." + f, f)));
        cols.addAll(at, extra);
        return new TableLayout(new Table(sager.kind(), sager.sheet(), sager.csvFile(), null, cols), perioder,
                haendelser, courses, dokumenter, andenVurdering);
    }

    private boolean hasNamed(Role role, String name) {
        return sager.columns().stream().anyMatch(c -> c.role() == role && c.name().equals(name));
    }

    static Column dateColumn(String header, String name) {
        return new Column(header, Role.DATO, name, List.of(), false, "Datoen " + name + ".", 13);
    }

    static Column fieldColumn(String header, String name) {
        return new Column(header, Role.FELT, name, List.of(), false, "Oplysningen " + name
                + ", som måleskemaet bruger til at afgøre, om et spørgsmål er relevant.", 14);
    }

    private static Table sager(Checklist checklist, Needs n) {
        List<Column> c = new ArrayList<>();
        c.add(Column.of("id", Role.ID, "Sagens anonymiserede nummer, fx SYD10-0417. Skal være entydigt.", 14));
        c.add(Column.of("kommune", Role.KOMMUNE, "Kommunens navn eller kommunekode, fx Vejen eller 575.", 16));
        c.add(new Column("sagstype", Role.SAGSTYPE, null, List.copyOf(checklist.caseTypes().keySet()), true,
                "Afgørelsens type: " + labels(checklist.caseTypes()) + ".", 14));
        c.add(Column.of("afgørelse_dato", Role.AFGOERELSE_DATO, "Datoen for kommunens afgørelse.", 14));
        c.add(new Column("afgørelse_foreligger", Role.AFGOERELSE_FORELIGGER, null, Column.YES_NO, true,
                "ja, hvis sagen indeholder en afgørelse; nej, hvis ikke. Tom betyder ja.", 12));
        if (n.fields.remove(FULLY_GRANTED)) {
            c.add(new Column("afgørelse_fuldt_medhold", Role.AFGOERELSE_FULDT_MEDHOLD, null, Column.YES_NO, true,
                    "ja, hvis afgørelsen gav borgeren alt, hvad der var søgt om; nej, hvis ikke.", 12));
        }
        n.dates.forEach(d -> c.add(dateColumn(d, d)));
        n.fields.forEach(f -> c.add(fieldColumn(f, f)));
        c.add(Column.of("lægelige_oplysninger", Role.LAEGELIGE,
                "De lægelige oplysninger i sagen, adskilt af komma, fx speciallægeerklæring, statusattest.", 24));
        c.addAll(answerSet(checklist, "Bedømmerens initialer eller nummer, fx R1.", "Din",
                "Din bemærkning til kommunen."));
        return new Table(Table.Kind.SAGER, "Sager", CsvCaseFormat.SAGER_FILE, null, c);
    }

    /**
     * The second reviewer's sheet (double review): the same answer columns as Sager under the case id, so a
     * second reviewer fills in a row of their own without seeing the first reviewer's answers.
     */
    private static Table andenVurdering(Checklist checklist) {
        List<Column> c = new ArrayList<>();
        c.add(Column.of("id", Role.ID, "Id på en sag fra arket Sager, som du vurderer som anden bedømmer.", 14));
        c.addAll(answerSet(checklist, "Den anden bedømmers initialer eller nummer, fx R2; ikke den samme som på"
                + " arket Sager.", "Den anden bedømmers", "Den anden bedømmers bemærkning; den bruges kun internt"
                + " til kalibreringen og kommer ikke i kommunens rapport."));
        return new Table(Table.Kind.ANDEN_VURDERING, "Anden vurdering", "anden_vurdering.csv", null, c);
    }

    /** bedømmer, one column per reviewer question, samlet, bemærkning and a reason column per question. */
    private static List<Column> answerSet(Checklist checklist, String reviewerComment, String whose,
                                          String remarkComment) {
        List<Column> c = new ArrayList<>();
        c.add(Column.of("bedømmer", Role.BEDOEMMER, reviewerComment, 10));
        List<Item> judged = checklist.items().filter(i -> i.spec() instanceof ItemSpec.Assessment).toList();
        judged.forEach(i -> c.add(answerColumn(checklist, i)));
        List<String> verdicts = new ArrayList<>();
        verdicts.add(Checklist.VERDICT_OK);
        checklist.consequences().stream().map(Consequence::id).forEach(verdicts::add);
        verdicts.add(Checklist.VERDICT_UNASSESSABLE);
        c.add(new Column("samlet", Role.SAMLET, null, verdicts, true, whose + " samlede vurdering af sagen: "
                + String.join("; ", verdicts.stream().map(v -> v + " = " + checklist.verdictLabel(v)).toList())
                + ".", 18));
        c.add(Column.of("bemærkning", Role.BEMAERKNING, remarkComment
                + " Skriv aldrig navne, CPR-numre, adresser eller telefonnumre.", 50));
        // Last, so the columns a reviewer must fill in keep their places; a reason is optional.
        judged.forEach(i -> c.add(reasonColumn(i)));
        return c;
    }

    private static Column answerColumn(Checklist checklist, Item item) {
        String scaleId = ((ItemSpec.Assessment) item.spec()).scale();
        List<String> values = Optional.ofNullable(checklist.scales().get(scaleId)).map(s -> s.values())
                .orElse(List.of());
        String comment = item.id() + ": " + item.text()
                + (item.caseTypes().isEmpty() ? "" : " (kun " + String.join(", ", item.caseTypes()) + ")")
                + "\nSvar: " + String.join(" / ", values);
        return new Column(item.id(), Role.SVAR, item.id(), values, true, comment, Math.max(9, item.id().length() + 4));
    }

    /** The header of an item's reason column, e.g. "VV2 begrundelse". */
    static String reasonHeader(String itemId) {
        return itemId + " begrundelse";
    }

    private static Column reasonColumn(Item item) {
        return new Column(reasonHeader(item.id()), Role.BEGRUNDELSE, item.id(), List.of(), false,
                "Valgfri: en kort begrundelse for svaret på " + item.id() + ", som kommunen kan handle på, fx"
                        + " »Ressourceprofilen beskriver kun begrænsningerne.« Den står i rapporten efter svaret."
                        + " Skriv aldrig navne, CPR-numre, adresser eller telefonnumre.", 30);
    }

    private static Table perioder(Needs n) {
        return new Table(Table.Kind.PERIODER, "Perioder", "perioder.csv", null, List.of(
                Column.of("id", Role.ID, "Sagens id, som på arket Sager.", 14),
                new Column("type", Role.TYPE, null, List.copyOf(n.periodTypes), false,
                        "Periodens art, fx " + example(n.periodTypes, "ledighedsydelse") + " eller barsel.", 18),
                Column.of("fra", Role.FRA, "Første dag i perioden.", 13),
                Column.of("til", Role.TIL, "Sidste dag i perioden; tom, hvis perioden ikke er slut.", 13)));
    }

    private static Table haendelser(Needs n) {
        return new Table(Table.Kind.HAENDELSER, "Hændelser", "haendelser.csv", null, List.of(
                Column.of("id", Role.ID, "Sagens id, som på arket Sager.", 14),
                new Column("hændelse", Role.HAENDELSE, null, List.copyOf(n.events), false,
                        "Hændelsens art, fx " + example(n.events, "revurderinger") + ". En række pr. dato.", 18),
                Column.of("dato", Role.DATO, "Hændelsens dato.", 13)));
    }

    private static List<Table> courses(Needs n) {
        List<Table> out = new ArrayList<>();
        n.courses.forEach((course, flags) -> {
            List<Column> c = new ArrayList<>(List.of(
                    Column.of("id", Role.ID, "Sagens id, som på arket Sager.", 14),
                    Column.of("fra", Role.FRA, "Første dag i forløbet.", 13),
                    Column.of("til", Role.TIL, "Sidste dag i forløbet; tom, hvis det ikke er slut.", 13),
                    Column.of("timer_pr_uge", Role.TIMER, "Timer pr. uge i forløbet, fx 15 eller 12,5.", 13),
                    Column.of("område", Role.OMRAADE, "Arbejdsområdet, fx lager eller køkken.", 18)));
            flags.forEach(f -> c.add(new Column(f, Role.FLAG, f, Column.YES_NO, true, "ja eller nej: " + f
                    .replace('_', ' ') + ".", Math.max(12, f.length() + 2))));
            out.add(new Table(Table.Kind.FORLOEB, WorkbookUtil.createSafeSheetName(DanishLetters.capitalise(course)),
                    Names.ascii(course) + ".csv", course, c));
        });
        return out;
    }

    private static Table dokumenter(Needs n) {
        List<Column> c = new ArrayList<>(List.of(
                Column.of("id", Role.ID, "Sagens id, som på arket Sager.", 14),
                new Column("dokument", Role.DOKUMENT, null, List.copyOf(n.documents.keySet()), false,
                        "Dokumentets navn, fx " + example(n.documents.keySet(), "ressourceprofil")
                                + ". En række pr. sag og dokument.", 18),
                Column.of("dato", Role.DATO, "Dokumentets dato (seneste opdatering før afgørelsen).", 13)));
        Set<String> elements = new LinkedHashSet<>();
        n.documents.values().forEach(elements::addAll);
        elements.forEach(e -> c.add(new Column(e, Role.ELEMENT, e, List.of(), false,
                "Hvad dokumentet skriver om " + e.replace('_', ' ') + " (kort referat, uden personoplysninger).",
                24)));
        return new Table(Table.Kind.DOKUMENTER, "Dokumenter", "dokumenter.csv", null, c);
    }

    private static String labels(Map<String, String> caseTypes) {
        return String.join("; ", caseTypes.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList());
    }

    private static String example(Set<String> names, String fallback) {
        return names.isEmpty() ? fallback : names.iterator().next();
    }

    /** What the checklist refers to, collected once in checklist order. */
    private record Needs(Set<String> dates, Set<String> fields, Set<String> periodTypes, Set<String> events,
                         Map<String, Set<String>> courses, Map<String, Set<String>> documents) {

        static Needs of(Checklist checklist) {
            Needs n = new Needs(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                    new LinkedHashSet<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            checklist.items().forEach(n::add);
            n.fields.removeAll(n.dates);
            return n;
        }

        private void add(Item item) {
            if (item.condition() != null) {
                item.condition().leaves().forEach(cond -> {
                    if (cond.op() == Condition.Op.FOER || cond.op() == Condition.Op.FRA) {
                        date(cond.field());
                    } else {
                        field(cond.field());
                    }
                });
            }
            item.spec().accept(new ItemSpec.Visitor<Void>() {
                public Void assessment(ItemSpec.Assessment a) {
                    return null; // an answer column, laid out by sager()
                }

                public Void deadline(ItemSpec.Deadline d) {
                    if (d.counting() == ItemSpec.Counting.FRA_DATO && d.startField() != null) {
                        date(d.startField());
                    }
                    periodTypes.addAll(d.periodTypes());
                    periodTypes.addAll(d.nonCounting());
                    if (d.event() != null) {
                        events.add(d.event());
                    }
                    if (d.move() != null) {
                        date(d.move().dateField());
                    }
                    return null;
                }

                public Void completeness(ItemSpec.Completeness c) {
                    documents.computeIfAbsent(c.document(), k -> new LinkedHashSet<>()).addAll(c.elements());
                    return null;
                }

                public Void course(ItemSpec.Course c) {
                    courses.computeIfAbsent(c.course(), k -> new LinkedHashSet<>()).addAll(c.flagsAll());
                    if (c.endBy() != null) {
                        date(c.endBy());
                    }
                    return null;
                }

                public Void frequency(ItemSpec.Frequency f) {
                    events.add(f.event());
                    date(f.startField());
                    if (f.endField() != null) {
                        date(f.endField());
                    }
                    return null;
                }

                public Void dateOrder(ItemSpec.DateOrder o) {
                    date(o.first());
                    date(o.second());
                    return null;
                }
            });
        }

        /** A path used as a date: a bare name is a date (see Case#field). */
        private void date(String path) {
            path(path, dates);
        }

        /** A path used as a value: a bare name is a field. */
        private void field(String path) {
            path(path, fields);
        }

        /** Notes the date, field, event or document a field path names (see Case#field). */
        private void path(String path, Set<String> bareNames) {
            String[] p = path.split("\\.");
            if (p.length == 1 && !NOT_A_NAME.contains(p[0])) {
                bareNames.add(p[0]);
            } else if (p.length == 2 && p[0].equals("datoer")) {
                dates.add(p[1]);
            } else if (path.equals(FULLY_GRANTED)) {
                fields.add(FULLY_GRANTED);
            } else if (p.length == 2 && p[0].equals("felter")) {
                fields.add(p[1]);
            } else if (p.length == 2 && p[0].equals("hændelser")) {
                events.add(p[1]);
            } else if (p.length == 3 && p[0].equals("dokumenter")) {
                Set<String> elements = documents.computeIfAbsent(p[1], k -> new LinkedHashSet<>());
                if (!p[2].equals("dato")) {
                    elements.add(p[2]);
                }
            }
        }
    }
}
