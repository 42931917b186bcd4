package dk.praksis.audit;

import dk.praksis.errors.OutputExistsException;
import dk.praksis.errors.OutputFailedException;
import dk.praksis.errors.UsageException;
import dk.praksis.io.LiveProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes an output folder all or nothing: everything goes into a temporary folder beside it, which
 * is moved into place only when writing succeeded. The folder gets a manifest of its files with their
 * hashes ({@link OutputManifest}); an existing folder is refused unless forced, and even then
 * replaced only when it holds nothing but the files its manifest names, unchanged.
 */
public final class SafeOutput {

    /** Beside single output files: which files praksis wrote there, with their hashes. */
    public static final String FILES_RECORD = ".praksis-filer.json";

    /** A temporary folder or file of a run: ".NAME.ny-PID-N" or ".NAME.gammel-PID-N". */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(ny|gammel)-(\\d+)-\\d+");

    private SafeOutput() {
    }

    /**
     * Fails early, before any work: the output exists and may not be replaced.
     *
     * @return the existing folder's files as verified, for {@link #write}; {@link VerifiedOutput#NONE} when there is none
     * @throws OutputExistsException when {@code out} exists and {@code force} is false, when it is not a
     *                               folder, or when it holds anything praksis did not write or that changed
     */
    public static VerifiedOutput checkWritable(Path out, boolean force) {
        return checkWritable(out, force, VerifiedOutput.NONE);
    }

    private static VerifiedOutput checkWritable(Path out, boolean force, VerifiedOutput earlier) {
        Path target = absolute(out, "--out");
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputExistsException(out.toString());
        }
        return checkReplaceable(out, target, earlier);
    }

    /**
     * --force replaces a folder only when it is an earlier output of praksis, file for file as written:
     * a typo such as {@code --out .} or a note added inside {@code kommuner/} must never be deleted.
     */
    private static VerifiedOutput checkReplaceable(Path shown, Path target, VerifiedOutput earlier) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return VerifiedOutput.NONE;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw OutputExistsException.notEarlierOutput(shown.toString());
        }
        OutputManifest manifest = OutputManifest.readFrom(target)
                .orElseThrow(() -> OutputExistsException.withoutManifest(shown.toString()));
        OutputManifest.Check check;
        try {
            check = manifest.check(target, earlier);
        } catch (IOException e) {
            throw new OutputFailedException(shown.toString(), e);
        }
        check.foreign().ifPresent(why -> {
            throw OutputExistsException.foreignFile(shown.toString(), why);
        });
        return check.verified();
    }

    /** As {@link #write(Path, boolean, VerifiedOutput, Consumer)} with nothing verified before: every file is hashed. */
    public static void write(Path out, boolean force, Consumer<Path> fill) {
        write(out, force, VerifiedOutput.NONE, fill);
    }

    /**
     * Fills a fresh folder and moves it into place. The caller has called {@link #checkWritable} before its work and
     * passes what it verified; the check is made again after the filling, just before the old output is replaced,
     * without hashing again the files unchanged since (see {@link VerifiedOutput}).
     */
    public static void write(Path out, boolean force, VerifiedOutput checked, Consumer<Path> fill) {
        Path target = absolute(out, "--out");
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
            cleanStale(parent, name);
            Path fresh = freshDirectory(parent, "." + name + ".ny-");
            try {
                fill.accept(fresh);
                OutputManifest.writeInto(fresh, checked);
                checkWritable(out, force, checked); // someone may have created or changed it meanwhile
                replace(fresh, target, parent, name);
            } catch (RuntimeException | IOException | OutOfMemoryError e) {
                deleteTree(fresh); // half-written case data is not left behind, not even after running out of heap
                throw e;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OutputFailedException(out.toString(), OutputFailedException.ioCause(e));
        } catch (RuntimeException e) {
            Throwable io = OutputFailedException.ioCause(e);
            if (io != null && !(e instanceof dk.praksis.errors.PraksisException)) {
                throw new OutputFailedException(out.toString(), io); // e.g. a PDF library's wrapper
            }
            throw e;
        }
    }

    private static void replace(Path fresh, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(fresh, target);
            return;
        }
        Path old = freshDirectory(parent, "." + name + ".gammel-");
        Files.delete(old);
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(old, target); // put the old output back untouched
            throw e;
        }
        deleteTree(old);
    }

    /**
     * Removes what a killed run (kill -9, power cut) left beside the output: its half-written ".ny-"
     * folder or file, and its ".gammel-" folder (put back when the output is missing, deleted only when
     * it still matches its manifest). A process that is still running keeps its own; on a network share
     * another machine's process cannot be seen, so praksis there may clean a folder it is still writing
     * (that run then fails rather than write a wrong output).
     */
    static void cleanStale(Path parent, String name) {
        try (Stream<Path> entries = Files.list(parent)) {
            entries.forEach(p -> {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name) || LiveProcess.running(Long.parseLong(m.group(3)))) {
                    return;
                }
                try {
                    if (m.group(2).equals("ny")) {
                        deleteTree(p);
                    } else if (!Files.exists(parent.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                        move(p, parent.resolve(name));
                    } else {
                        Optional<OutputManifest> manifest = OutputManifest.readFrom(p);
                        if (manifest.isPresent() && !foreign(manifest.get(), p)) {
                            deleteTree(p);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // left for the next run: cleaning up is a courtesy, not the job
                }
            });
        } catch (IOException | RuntimeException e) {
            // the parent cannot be listed: the write itself will say what is wrong
        }
    }

    private static boolean foreign(OutputManifest manifest, Path dir) {
        try {
            return manifest.firstForeign(dir).isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * A single output file that exists may only be replaced with --force, and only when praksis wrote
     * it there and nobody changed it since (recorded in {@value #FILES_RECORD} beside it).
     *
     * @param option the command-line option that named the file, for the message
     */
    public static void checkFileWritable(Path target, boolean force, String option) {
        Path file = absolute(target, option);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!force) {
            throw OutputExistsException.file(target.toString(), option);
        }
        String recorded = OutputManifest.read(file.getParent().resolve(FILES_RECORD))
                .map(m -> m.files().get(file.getFileName().toString())).orElse(null);
        boolean unchanged;
        try {
            unchanged = recorded != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && recorded.equals(OutputManifest.sha256(file));
        } catch (IOException e) {
            unchanged = false;
        }
        if (!unchanged) {
            throw OutputExistsException.foreignSingleFile(target.toString(), option);
        }
    }

    /**
     * Writes one output file (a template, a måleskema PDF) the same safe way as a folder: beside the
     * target first, with the user's usual permissions, then moved into place, so a failed run leaves
     * no half-written file; an existing one is replaced only as {@link #checkFileWritable} allows.
     *
     * @param option the command-line option that named the file, for the message when it exists
     */
    public static void writeFile(Path target, boolean force, String option, byte[] bytes) {
        checkFileWritable(target, force, option);
        Path file = absolute(target, option);
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
            cleanStale(dir, file.getFileName().toString());
            placeFile(dir, file, bytes);
            record(dir, file.getFileName().toString(), OutputManifest.sha256(bytes));
        } catch (IOException e) {
            throw new OutputFailedException(target.toString(), e);
        }
    }

    private static void placeFile(Path dir, Path file, byte[] bytes) throws IOException {
        Path fresh = freshFile(dir, "." + file.getFileName() + ".ny-");
        try {
            Files.write(fresh, bytes);
            try {
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /** Adds the file to the record beside it, dropping entries whose files are gone. */
    private static void record(Path dir, String name, String hash) throws IOException {
        Path recordFile = dir.resolve(FILES_RECORD);
        Map<String, String> files = new TreeMap<>(OutputManifest.read(recordFile).map(OutputManifest::files)
                .orElse(Map.of()));
        files.keySet().removeIf(n -> !Files.exists(dir.resolve(n), LinkOption.NOFOLLOW_LINKS));
        files.put(name, hash);
        placeFile(dir, recordFile, OutputManifest.bytes(files));
    }

    /** The output as an absolute path with a name: the root folder cannot be an output. */
    private static Path absolute(Path out, String option) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || target.getFileName() == null) {
            throw new UsageException(option + " " + out + " er rodmappen; angiv en mappe eller fil under den, fx "
                    + option + " rapporter");
        }
        return target;
    }

    private static Path freshFile(Path parent, String prefix) throws IOException {
        for (int i = 1; ; i++) {
            try {
                return Files.createFile(parent.resolve(prefix + ProcessHandle.current().pid() + "-" + i));
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier or concurrent run: try the next name
            }
        }
    }

    /**
     * A new, uniquely named folder with the user's usual permissions. (Files.createTempDirectory
     * would make it readable by its owner only, and the reports are meant to be shared.)
     */
    private static Path freshDirectory(Path parent, String prefix) throws IOException {
        for (int i = 1; ; i++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + ProcessHandle.current().pid() + "-" + i));
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier or concurrent run: try the next name
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
