package dk.praksis.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated, immutable checklist (måleskema): where the law lives.
 *
 * @param caseTypes    case type id to Danish label, in file order
 * @param scales       answer scales by id
 * @param consequences worst first
 * @param sha256       hex hash of the file's bytes, so results say exactly which checklist scored them
 * @param precedence   consequence ids in the order they win the derived verdict ({@code forrang}), first
 *                     wins; the consequences' order when the checklist does not say
 * @param labels       the words for the names the checklist uses ({@code betegnelser})
 */
public record Checklist(String id, int version, String title, String description, List<String> legalBasis,
                        Map<String, String> caseTypes, Map<String, AnswerScale> scales,
                        List<Consequence> consequences, List<Section> sections, String source, String sha256,
                        List<String> precedence, Labels labels) {

    public static final String VERDICT_OK = "i_overensstemmelse";
    public static final String VERDICT_UNASSESSABLE = "kan_ikke_vurderes";

    public Checklist {
        legalBasis = List.copyOf(legalBasis);
        caseTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(caseTypes));
        scales = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scales));
        consequences = List.copyOf(consequences);
        sections = List.copyOf(sections);
        precedence = precedence == null || precedence.isEmpty()
                ? consequences.stream().map(Consequence::id).toList() : List.copyOf(precedence);
        labels = labels == null ? Labels.NONE : labels;
    }

    /** A checklist without its own words for names. */
    public Checklist(String id, int version, String title, String description, List<String> legalBasis,
                     Map<String, String> caseTypes, Map<String, AnswerScale> scales, List<Consequence> consequences,
                     List<Section> sections, String source, String sha256, List<String> precedence) {
        this(id, version, title, description, legalBasis, caseTypes, scales, consequences, sections, source, sha256,
                precedence, Labels.NONE);
    }

    /** A checklist whose consequences combine worst first. */
    public Checklist(String id, int version, String title, String description, List<String> legalBasis,
                     Map<String, String> caseTypes, Map<String, AnswerScale> scales, List<Consequence> consequences,
                     List<Section> sections, String source, String sha256) {
        this(id, version, title, description, legalBasis, caseTypes, scales, consequences, sections, source, sha256,
                null);
    }

    /** True when the checklist orders the verdict differently from its consequences' severity. */
    public boolean hasOwnPrecedence() {
        return !precedence.equals(consequences.stream().map(Consequence::id).toList());
    }

    /** Rank of a consequence in the derived verdict: 0 wins; -1 if unknown. */
    public int precedenceRank(String consequenceId) {
        return precedence.indexOf(consequenceId);
    }

    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    /** The ids of the items judged up to the audit period's end: scoring them needs the period's last day. */
    public List<String> itemsJudgedAtPeriodEnd() {
        return items().filter(i -> i.horizon() == Horizon.PERIODENS_SLUTNING).map(Item::id).toList();
    }

    public Optional<Item> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /**
     * The period types some deadline lists under {@code tæller_ikke}: days that never count, recorded
     * as periods lying inside another period (e.g. barsel during ledighedsydelse).
     */
    public java.util.Set<String> nonCountingPeriodTypes() {
        java.util.Set<String> types = new java.util.TreeSet<>();
        items().map(Item::spec).filter(ItemSpec.Deadline.class::isInstance).map(ItemSpec.Deadline.class::cast)
                .forEach(d -> types.addAll(d.nonCounting()));
        return types;
    }

    /** Severity rank of a consequence: 0 is the worst; -1 if unknown. */
    public int severity(String consequenceId) {
        for (int i = 0; i < consequences.size(); i++) {
            if (consequences.get(i).id().equals(consequenceId)) {
                return i;
            }
        }
        return -1;
    }

    /** Danish label of a verdict value: a consequence id or one of the two fixed verdicts. */
    public String verdictLabel(String verdict) {
        if (VERDICT_OK.equals(verdict)) {
            return "I overensstemmelse med regler og praksis";
        }
        if (VERDICT_UNASSESSABLE.equals(verdict)) {
            return "Kan ikke vurderes";
        }
        return consequences.stream().filter(c -> c.id().equals(verdict)).map(Consequence::titel)
                .findFirst().orElse(verdict);
    }
}
