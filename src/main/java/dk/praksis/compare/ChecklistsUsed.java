package dk.praksis.compare;

import dk.praksis.text.DanishList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which checklist each compared year was scored with. Years scored with different checklists, different
 * versions of one, or one whose content changed without a new version are not measured by the same yardstick,
 * and every rendering of a comparison says so in the same sentence.
 */
public final class ChecklistsUsed {

    private ChecklistsUsed() {
    }

    /** Whether every year used the same checklist: id, version and (where the results file records it) content. */
    public static boolean same(List<YearInfo> years) {
        return difference(years).isEmpty();
    }

    /**
     * Empty when every year used the same checklist; otherwise a Danish sentence naming each year's, e.g.
     * "Årene er vurderet efter forskellige måleskemaer: 2011 efter fleksjob-2010 version 3 og 2014 efter
     * fleksjob-2013 version 3. …"
     */
    public static Optional<String> difference(List<YearInfo> years) {
        Map<String, List<String>> byChecklist = group(years, y -> y.checklistId() + " version " + y.checklistVersion());
        if (byChecklist.size() > 1) {
            boolean oneId = years.stream().map(YearInfo::checklistId).distinct().count() == 1;
            String kind = oneId ? "forskellige versioner af måleskemaet " + years.get(0).checklistId()
                    : "forskellige måleskemaer";
            return Optional.of("Årene er vurderet efter " + kind + ": " + yearsBy(byChecklist) + ". " + CONSEQUENCE);
        }
        Map<String, List<String>> byContent = group(years.stream().filter(y -> y.checklistSha256() != null).toList(),
                YearInfo::checklistSha256);
        if (byContent.size() > 1) {
            List<String> groups = byContent.values().stream().map(DanishList::and).toList();
            return Optional.of("Alle år er vurderet efter " + byChecklist.keySet().iterator().next()
                    + ", men måleskemaets indhold er ikke det samme i " + String.join(" og i ", groups)
                    + ", selv om versionen er den samme. " + CONSEQUENCE);
        }
        return Optional.empty();
    }

    private static final String CONSEQUENCE = "Spørgsmålene er sammenholdt efter id og regelens fingeraftryk;"
            + " se noterne ved spørgsmålene.";

    private static Map<String, List<String>> group(List<YearInfo> years, java.util.function.Function<YearInfo, String> key) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        years.forEach(y -> groups.computeIfAbsent(Objects.requireNonNull(key.apply(y)), k -> new ArrayList<>())
                .add(y.label()));
        return groups;
    }

    /** "2011 efter fleksjob-2010 version 3 og 2014 efter fleksjob-2013 version 3"; three or more joined by ";". */
    private static String yearsBy(Map<String, List<String>> byChecklist) {
        List<String> parts = new ArrayList<>();
        byChecklist.forEach((checklist, labels) -> parts.add(DanishList.and(labels) + " efter " + checklist));
        return parts.size() == 2 ? parts.get(0) + " og " + parts.get(1) : String.join("; ", parts);
    }
}
