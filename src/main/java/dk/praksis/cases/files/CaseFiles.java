package dk.praksis.cases.files;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseFormat;
import dk.praksis.cases.CasePaths;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.CaseValidator;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.cases.PersonalDataGuard;
import dk.praksis.cases.Quoted;
import dk.praksis.checklist.Checklist;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads every case from files and folders (recursively; .yaml/.yml/.json, .xlsx, .csv tables),
 * validates it against the checklist and guards against personal data. Implemented by the cases stage.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    /**
     * What a successful read saw.
     *
     * @param maskedValues personal data values masked (only with {@link CaseReadOptions#maskPersonalData()})
     */
    public record Summary(int files, int cases, int maskedValues) {
    }

    /**
     * Hands each valid case to {@code sink} as it is read (so memory does not grow with input size).
     * All problems of the whole input are collected; when there are any, nothing more is handed on
     * and the exception at the end lists them all.
     *
     * @throws InvalidInputException  any invalid input (exit 3)
     * @throws PersonalDataException  personal data found and not masked (exit 4); it lists the other problems too
     */
    public static Summary read(List<Path> inputs, Checklist checklist, CaseReadOptions options, Consumer<Case> sink) {
        return read(inputs, checklist, options, sink, CaseFormats.standard(checklist));
    }

    /** As {@link #read(List, Checklist, CaseReadOptions, Consumer)}, with the given formats (first accepting wins). */
    public static Summary read(List<Path> inputs, Checklist checklist, CaseReadOptions options, Consumer<Case> sink,
                               List<CaseFormat> formats) {
        PersonalDataDetector detector = options.detector();
        Run run = new Run(new CaseValidator(checklist), new PersonalDataGuard(detector), options, sink);
        List<CaseInputs.Input> files = new CaseInputs(formats).expand(inputs, run.invalid);
        for (CaseInputs.Input in : files) {
            if (isEmpty(in.file())) {
                run.invalid.add(new Problem(in.file().toString(), null, "filen er tom (0 byte); den skal indeholde sager,"
                        + " eller også skal den fjernes fra mappen"));
                continue;
            }
            FileProblems fileProblems = new FileProblems(in.format().problemsBeforeCases());
            in.format().read(in.file(), c -> run.accept(c, fileProblems), fileProblems.all);
            fileProblems.finish(run.invalid);
        }
        if (files.isEmpty() && run.invalid.isEmpty()) {
            run.invalid.add(new Problem(String.join(", ", inputs.stream().map(Path::toString).toList()), null,
                    "ingen sagsfiler fundet (.yaml, .yml, .json, .xlsx eller sager.csv)"));
        }
        // Last line of defence: no message, place or id may carry a value that looks personal.
        List<Problem> personal = sanitized(run.personal, detector);
        List<Problem> invalid = sanitized(run.invalid, detector);
        if (!personal.isEmpty()) {
            List<Problem> all = new ArrayList<>(personal);
            all.addAll(invalid);
            throw new PersonalDataException(all);
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        return new Summary(files.size(), run.cases, run.masked);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false; // the reader says why it cannot read the file
        }
    }

    /** Ids are shown only when they cannot be personal data (a short token); the place locates the case anyway. */
    private static List<Problem> sanitized(List<Problem> problems, PersonalDataDetector detector) {
        return problems.stream().map(p -> new Problem(detector.mask(p.where()),
                p.caseId() == null || detector.anyIn(p.caseId()) ? null : Quoted.caseId(p.caseId()),
                detector.mask(p.message()))).toList();
    }

    /**
     * A reader's problems for one file and, when the reader reports them all first, the checks' problems of its
     * cases until the file is done. Otherwise drained case by case, so each case's problems stay together. The
     * places seen so far are kept, so a case need not rescan the file's problems.
     */
    private static final class FileProblems {
        private final List<Problem> all = new ArrayList<>();
        private final Set<String> places = new HashSet<>();
        /** The checks' problems held back until the reader's are final; null when they are not held. */
        private final List<Problem> checks;
        private int drained;

        FileProblems(boolean readerFirst) {
            this.checks = readerFirst ? new ArrayList<>() : null;
        }

        /** Notes the reader's new problems; moves them to {@code invalid} unless the checks' are held. */
        void drainInto(List<Problem> invalid) {
            List<Problem> fresh = all.subList(drained, all.size());
            fresh.forEach(p -> places.add(p.where()));
            if (checks == null) {
                invalid.addAll(fresh);
            }
            drained = all.size();
        }

        /** A case's own problems: to {@code invalid} at once, or held until {@link #finish}. */
        void checked(List<Problem> own, List<Problem> invalid) {
            (checks == null ? invalid : checks).addAll(own);
        }

        /** True when this file has no problem that is not in {@code invalid} yet. */
        boolean noneHeld() {
            return checks == null || all.isEmpty() && checks.isEmpty();
        }

        /** The file is read: the reader's remaining problems (all of them, in their final order), then the checks'. */
        void finish(List<Problem> invalid) {
            if (checks == null) {
                drainInto(invalid);
            } else {
                invalid.addAll(all);
                invalid.addAll(checks);
            }
        }

        boolean reported(String where) {
            return places.contains(where);
        }
    }

    /** The state of one read: problems so far, ids seen, counts. */
    private static final class Run {
        private final CaseValidator validator;
        private final PersonalDataGuard guard;
        private final CaseReadOptions options;
        private final Consumer<Case> sink;
        private final List<Problem> invalid = new ArrayList<>();
        private final List<Problem> personal = new ArrayList<>();
        private final Map<String, String> firstPlaceOfId = new HashMap<>();
        private int cases;
        private int masked;

        Run(CaseValidator validator, PersonalDataGuard guard, CaseReadOptions options, Consumer<Case> sink) {
            this.validator = validator;
            this.guard = guard;
            this.options = options;
            this.sink = sink;
        }

        void accept(Case c, FileProblems readerProblems) {
            cases++;
            readerProblems.drainInto(invalid);
            // A value the reader could not read is reported once, by the reader, not again as missing.
            List<Problem> own = new ArrayList<>();
            validator.validate(c).stream().filter(p -> !readerProblems.reported(p.where())).forEach(own::add);
            duplicateId(c).ifPresent(own::add);
            PersonalDataGuard.Result guarded = guard.check(c);
            Case out = c;
            if (!guarded.problems().isEmpty()) {
                if (options.maskPersonalData()) {
                    masked += guarded.maskedValues();
                    out = guarded.masked();
                } else {
                    personal.addAll(guarded.problems());
                }
            }
            readerProblems.checked(own, invalid);
            if (invalid.isEmpty() && personal.isEmpty() && readerProblems.noneHeld()) {
                sink.accept(out);
            }
        }

        private Optional<Problem> duplicateId(Case c) {
            if (c.id() == null || c.id().isBlank()) {
                return Optional.empty();
            }
            String here = c.origin().where(CasePaths.ID);
            String first = firstPlaceOfId.putIfAbsent(c.id(), here);
            if (first == null) {
                return Optional.empty();
            }
            return Optional.of(new Problem(here, c.id(), "sags-id'et er brugt to gange; første gang i " + first
                    + ". Hver sag skal have sit eget id"));
        }
    }
}
