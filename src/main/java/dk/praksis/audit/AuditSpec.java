package dk.praksis.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One audit run, as the audit file ({@code undersoegelse.yaml}) and the command line describe it.
 * Paths are already resolved against the audit file's folder.
 *
 * @param title      may be null (then the checklist's title is used)
 * @param sender     may be null
 * @param year       may be null
 * @param period     free text such as "1. januar – 30. juni 2010", or null
 * @param periodFrom the audit period's first day ({@code periode: {fra}}), or null
 * @param periodTo   the audit period's last day ({@code periode: {til}}): the horizon of items judged at
 *                   the period's end; or null
 * @param asOf       the opgørelsesdato: deadlines not yet due on this day are not relevant
 * @param population kommunekode to the number of such decisions in the period (finite-population correction)
 * @param sampleList the list {@code praksis sample} wrote (udtraek.csv or .xlsx): the cases called in, or null
 * @param dropped    the list of cases called in but left out, with their reasons, or null
 * @param publication the board's text, earlier audits to follow up on, and the colophon
 * @param hearing    draft or final, the corrections after høring and the høring letter's settings
 */
public record AuditSpec(String title, String sender, Integer year, String period, LocalDate asOf, Path checklist,
                        List<Path> cases, Path output, Map<String, Integer> population, LocalDate periodFrom,
                        LocalDate periodTo, Path sampleList, Path dropped, Publication publication, Hearing hearing) {

    public AuditSpec {
        cases = List.copyOf(cases);
        population = Collections.unmodifiableMap(new TreeMap<>(population));
        publication = publication == null ? Publication.NONE : publication;
        hearing = hearing == null ? Hearing.NONE : hearing;
    }

    /** A spec without corrections or a draft. */
    public AuditSpec(String title, String sender, Integer year, String period, LocalDate asOf, Path checklist,
                     List<Path> cases, Path output, Map<String, Integer> population, LocalDate periodFrom,
                     LocalDate periodTo, Path sampleList, Path dropped, Publication publication) {
        this(title, sender, year, period, asOf, checklist, cases, output, population, periodFrom, periodTo, sampleList,
                dropped, publication, Hearing.NONE);
    }

    /** A spec without a structured period, an account of the cases called in, or anything to publish beyond the figures. */
    public AuditSpec(String title, String sender, Integer year, String period, LocalDate asOf, Path checklist,
                     List<Path> cases, Path output, Map<String, Integer> population) {
        this(title, sender, year, period, asOf, checklist, cases, output, population, null, null, null, null,
                Publication.NONE);
    }

    /** A spec from command-line flags alone. */
    public static AuditSpec ofFlags(Path checklist, List<Path> cases, Path output, LocalDate asOf, String title) {
        return new AuditSpec(title, null, null, null, asOf, checklist, cases, output, Map.of());
    }

    /** This spec with every non-null / non-empty argument taking precedence (flags override the file). */
    public AuditSpec override(Path checklist, List<Path> cases, Path output, LocalDate asOf, String title) {
        return new AuditSpec(title != null ? title : this.title, sender, year, period, asOf != null ? asOf : this.asOf,
                checklist != null ? checklist : this.checklist, cases != null && !cases.isEmpty() ? cases : this.cases,
                output != null ? output : this.output, population, periodFrom, periodTo, sampleList, dropped,
                publication, hearing);
    }

    /** This spec as the draft for høring, written to the draft's own folder ({@link Hearing#draftFolder}). */
    public AuditSpec asDraft() {
        return new AuditSpec(title, sender, year, period, asOf, checklist, cases,
                output == null ? null : Hearing.draftFolder(output), population, periodFrom, periodTo, sampleList,
                dropped, publication, hearing.asDraft());
    }
}
