package dk.praksis.checklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a checklist's items use, which {@code betegnelser} may give words for: field paths
 * with their parts, documents, elements, event lists, period types, courses and flags. Lint refuses
 * words for a name no item uses, so a misspelt key does not silently leave the generic words.
 */
final class LabelUse {

    private LabelUse() {
    }

    static Set<String> names(Collection<Section> sections) {
        Set<String> names = new TreeSet<>();
        for (Section s : sections) {
            for (Item item : s.items()) {
                if (item.condition() != null) {
                    item.condition().leaves().forEach(c -> path(names, c.field()));
                }
                names.addAll(item.spec().accept(new ItemSpec.Visitor<List<String>>() {
                    public List<String> assessment(ItemSpec.Assessment a) {
                        return List.of();
                    }

                    public List<String> deadline(ItemSpec.Deadline d) {
                        List<String> n = new ArrayList<>(d.periodTypes());
                        n.addAll(d.nonCounting());
                        n.add(d.event());
                        path(names, d.startField());
                        path(names, d.move() == null ? null : d.move().dateField());
                        return n;
                    }

                    public List<String> completeness(ItemSpec.Completeness c) {
                        List<String> n = new ArrayList<>(c.elements());
                        n.add(c.document());
                        return n;
                    }

                    public List<String> course(ItemSpec.Course c) {
                        List<String> n = new ArrayList<>(c.flagsAll());
                        n.add(c.course());
                        path(names, c.endBy());
                        return n;
                    }

                    public List<String> dateOrder(ItemSpec.DateOrder o) {
                        path(names, o.first());
                        path(names, o.second());
                        return List.of();
                    }

                    public List<String> frequency(ItemSpec.Frequency f) {
                        path(names, f.startField());
                        path(names, f.endField());
                        return List.of(f.event());
                    }
                }).stream().filter(java.util.Objects::nonNull).toList());
            }
        }
        return names;
    }

    /** The whole path and each of its parts after the first, e.g. dokumenter.ressourceprofil.dato and ressourceprofil. */
    private static void path(Set<String> names, String path) {
        if (path == null) {
            return;
        }
        names.add(path);
        List<String> parts = Arrays.asList(path.split("\\."));
        names.addAll(parts.subList(Math.min(1, parts.size()), parts.size()));
    }
}
