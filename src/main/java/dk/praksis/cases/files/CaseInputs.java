package dk.praksis.cases.files;

import dk.praksis.cases.CaseFormat;
import dk.praksis.cases.tables.CsvCaseFormat;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the files and folders a user names into the case files to read, each with its format, in a
 * fixed order: named inputs in the order given, folders walked recursively in name order.
 */
final class CaseInputs {

    record Input(Path file, CaseFormat format) {
    }

    private final List<CaseFormat> formats;

    CaseInputs(List<CaseFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    List<Input> expand(List<Path> inputs, List<Problem> problems) {
        Map<Path, Input> found = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : walk(input, problems)) {
                    format(file).ifPresent(f -> found.putIfAbsent(key(file), new Input(file, f)));
                }
            } else if (Files.isRegularFile(input)) {
                Optional<CaseFormat> f = format(input);
                if (f.isPresent()) {
                    found.putIfAbsent(key(input), new Input(input, f.get()));
                } else {
                    problems.add(new Problem(input.toString(), null, unknownType(input)));
                }
            } else {
                problems.add(new Problem(input.toString(), null, "filen eller mappen findes ikke"));
            }
        }
        return List.copyOf(found.values());
    }

    private Optional<CaseFormat> format(Path file) {
        return formats.stream().filter(f -> f.accepts(file)).findFirst();
    }

    /** Every regular file under the folder, in name order, without hidden files, Office lock files and CSV side tables. */
    private static List<Path> walk(Path folder, List<Problem> problems) {
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> !isHidden(folder, p)).toList();
            // The walk already saw every sager.csv: no folder needs listing again per CSV file.
            Set<Path> datasets = files.stream().filter(CaseInputs::isSager).map(Path::getParent)
                    .collect(Collectors.toSet());
            return files.stream()
                    .filter(p -> !isCsvSideTable(p, datasets.contains(p.getParent())))
                    .sorted(Comparator.comparing(p -> sortKey(folder, p)))
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), null, "mappen kan ikke læses (" + e.getClass().getSimpleName() + ")"));
            return List.of();
        }
    }

    private static boolean isHidden(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /** perioder.csv etc. beside a sager.csv are read by the CSV format together with sager.csv. */
    private static boolean isCsvSideTable(Path file, boolean besideSager) {
        return lower(file).endsWith(".csv") && !isSager(file) && besideSager;
    }

    private static boolean besideSager(Path file) {
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            return siblings.anyMatch(CaseInputs::isSager);
        } catch (IOException e) {
            return false;
        }
    }

    private static String sortKey(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static Path key(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String unknownType(Path file) {
        if (isCsvSideTable(file, besideSager(file))) {
            return "denne CSV-tabel læses sammen med " + CsvCaseFormat.SAGER_FILE + " i samme mappe; angiv "
                    + CsvCaseFormat.SAGER_FILE + " eller mappen i stedet";
        }
        return "ukendt filtype; sager læses fra .yaml, .yml, .json, .xlsx og .csv (" + CsvCaseFormat.SAGER_FILE + ")";
    }

    private static boolean isSager(Path p) {
        return lower(p).equals(CsvCaseFormat.SAGER_FILE);
    }

    private static String lower(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
