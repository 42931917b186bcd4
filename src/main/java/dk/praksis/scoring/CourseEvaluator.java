package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.cases.CourseEntry;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.Span;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.DanishList;
import dk.praksis.text.DanishNumber;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code forløb}: requirements over a course such as the work trials. With {@code endBy}, only
 * entries that ended on or before that date count (a running entry does not). Durations are
 * inclusive day counts; a span requirement is the calendar length from the (first) entry's start,
 * so "3 måneder" from 05.01.2009 is the 90 days to 05.04.2009. The total duration is the sum
 * over the counted entries. Hours: the highest hours per week among counted entries must reach
 * {@code minHoursPerWeek}; the earliest entry must start at no more than {@code maxStartHoursPerWeek}.
 */
final class CourseEvaluator implements ItemEvaluator<ItemSpec.Course> {

    @Override
    public ItemResult evaluate(Item item, ItemSpec.Course spec, Case c, LocalDate asOf) {
        String plural = DanishText.words(spec.course());
        String one = DanishText.definite(spec.course());
        String the = DanishText.definitePlural(spec.course());
        List<CourseEntry> all = c.courses().getOrDefault(spec.course(), List.of()).stream()
                .sorted(Comparator.comparing(CourseEntry::from, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();

        LocalDate endBy = null;
        if (spec.endBy() != null) {
            Optional<LocalDate> d = c.date(spec.endBy());
            if (d.isEmpty()) {
                return ItemEvaluator.notRelevant(item, "Sagen har ingen dato for " + DanishText.field(spec.endBy())
                        + ", så det kan ikke afgøres, hvilke " + plural + " der tæller.");
            }
            endBy = d.get();
        }
        List<String> sentences = new ArrayList<>();
        List<CourseEntry> counted = new ArrayList<>();
        for (CourseEntry e : all) {
            if (e.from() == null) {
                continue;
            }
            if (endBy != null && e.to() == null) {
                sentences.add(DanishLetters.capitalise(one) + " fra " + DanishDate.numeric(e.from())
                        + " var ikke afsluttet og tæller ikke.");
            } else if (endBy != null && e.to().isAfter(endBy)) {
                sentences.add(DanishLetters.capitalise(one) + " " + span(e) + " sluttede efter "
                        + DanishText.field(spec.endBy()) + " " + DanishDate.numeric(endBy) + " og tæller ikke.");
            } else {
                counted.add(e);
            }
        }
        String scope = endBy == null ? "" : ", der sluttede senest på " + DanishText.field(spec.endBy()) + " "
                + DanishDate.numeric(endBy);

        List<String> failures = new ArrayList<>();
        if (spec.minCount() != null && counted.size() < spec.minCount()) {
            failures.add("Der er " + counted.size() + " " + plural + scope + " (mindst " + spec.minCount() + ").");
        } else if (counted.isEmpty()) {
            failures.add("Der er ingen " + plural + scope + ".");
        } else {
            failures.addAll(requirements(spec, counted, the, one, asOf));
        }
        if (failures.isEmpty()) {
            sentences.add("Kravene er opfyldt: " + counted.size() + " " + (counted.size() == 1
                    ? DanishText.singular(spec.course()) : plural) + scope + " ("
                    + DanishList.and(counted.stream().map(e -> span(e)).toList()) + ").");
            return ItemEvaluator.met(item, String.join(" ", sentences));
        }
        sentences.addAll(failures);
        return ItemEvaluator.notMet(item, String.join(" ", sentences));
    }

    /** The requirements a non-empty list of counted entries fails; {@code the} is the definite plural. */
    private static List<String> requirements(ItemSpec.Course spec, List<CourseEntry> counted, String the,
                                             String one, LocalDate asOf) {
        List<String> failures = new ArrayList<>();
        if (spec.minTotalDuration() != null) {
            long total = counted.stream().mapToLong(e -> days(e, asOf)).sum();
            long needed = calendarDays(counted.get(0).from(), spec.minTotalDuration());
            if (total < needed) {
                failures.add(DanishLetters.capitalise(the) + " varede samlet " + DanishText.days(total) + "; kravet er "
                        + spec.minTotalDuration() + " (" + DanishText.days(needed) + " fra "
                        + DanishDate.numeric(counted.get(0).from()) + ").");
            }
        }
        if (spec.minSingleDuration() != null && counted.stream()
                .noneMatch(e -> days(e, asOf) >= calendarDays(e.from(), spec.minSingleDuration()))) {
            failures.add("Ingen af " + the + " varede " + spec.minSingleDuration() + " i træk.");
        }
        if (spec.minHoursPerWeek() != null) {
            Optional<Double> max = counted.stream().map(CourseEntry::hoursPerWeek).filter(Objects::nonNull)
                    .max(Double::compare);
            if (max.isEmpty()) {
                failures.add("Timetallet er ikke oplyst for " + the + ".");
            } else if (max.get() < spec.minHoursPerWeek()) {
                failures.add(DanishLetters.capitalise(the) + " nåede højst " + DanishNumber.of(max.get())
                        + " timer om ugen (mindst " + DanishNumber.of(spec.minHoursPerWeek()) + ").");
            }
        }
        if (spec.maxStartHoursPerWeek() != null) {
            CourseEntry first = counted.get(0);
            if (first.hoursPerWeek() == null) {
                failures.add("Timetallet er ikke oplyst for " + one + " " + span(first) + ".");
            } else if (first.hoursPerWeek() > spec.maxStartHoursPerWeek()) {
                failures.add(DanishLetters.capitalise(one) + " " + span(first) + " startede med "
                        + DanishNumber.of(first.hoursPerWeek()) + " timer om ugen (højst "
                        + DanishNumber.of(spec.maxStartHoursPerWeek()) + ").");
            }
        }
        for (CourseEntry e : counted) {
            List<String> lacking = spec.flagsAll().stream()
                    .filter(f -> !Boolean.TRUE.equals(e.flags().get(f))).map(DanishText::words).toList();
            if (!lacking.isEmpty()) {
                failures.add("For " + one + " " + span(e) + " er dette ikke opfyldt: " + DanishList.and(lacking)
                        + ".");
            }
        }
        return failures;
    }

    private static long days(CourseEntry e, LocalDate asOf) {
        LocalDate to = e.to() == null ? asOf : e.to();
        return Math.max(0, ChronoUnit.DAYS.between(e.from(), to) + 1);
    }

    private static long calendarDays(LocalDate from, Span span) {
        return ChronoUnit.DAYS.between(from, span.addTo(from));
    }

    private static String span(CourseEntry e) {
        return DanishDate.numeric(e.from()) + "–" + (e.to() == null ? "" : DanishDate.numeric(e.to()));
    }
}
