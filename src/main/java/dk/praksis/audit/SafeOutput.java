package dk.praksis.audit;

import dk.praksis.errors.OutputExistsException;
import dk.praksis.errors.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes an output folder all or nothing: everything goes into a temporary folder beside it, which
 * is moved into place only when writing succeeded. An existing folder is refused unless forced, and
 * then replaced only once the new one is complete.
 */
public final class SafeOutput {

    /** Files the file manager leaves in any folder it has shown; they do not make a folder the user's own. */
    private static final Set<String> OS_LITTER = Set.of("Thumbs.db", "desktop.ini", ".DS_Store");
    /** Names earlier versions of praksis wrote, so --force still replaces their output folders. */
    private static final Set<String> FORMER_NAMES = Set.of("samlet.pdf");

    private SafeOutput() {
    }

    /**
     * @throws OutputExistsException when {@code out} exists and {@code force} is false, or when it exists
     *                               and is not a folder (--force replaces only folders)
     */
    public static void checkWritable(Path out, boolean force) {
        if (!force && Files.exists(out)) {
            throw new OutputExistsException(out.toString());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw OutputExistsException.notEarlierOutput(out.toString());
        }
    }

    /**
     * --force replaces a folder only when it holds nothing but names the new output also has: an earlier
     * run's output. A typo such as {@code --out .} or {@code --out sager} must not delete the user's files.
     */
    private static void checkReplaceable(Path target, Path fresh) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        Set<String> ours;
        try (Stream<Path> entries = Files.list(fresh)) {
            ours = entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (!entries.map(p -> p.getFileName().toString()).allMatch(n -> ours.contains(n) || OS_LITTER.contains(n)
                    || FORMER_NAMES.contains(n))) {
                throw OutputExistsException.notEarlierOutput(target.toString());
            }
        }
    }

    public static void write(Path out, boolean force, Consumer<Path> fill) {
        Path target = out.toAbsolutePath().normalize();
        checkWritable(target, force);
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
            Path fresh = freshDirectory(parent, "." + name + ".ny-");
            try {
                fill.accept(fresh);
                checkWritable(target, force); // someone may have created it meanwhile
                checkReplaceable(target, fresh);
                replace(fresh, target, parent, name);
            } catch (RuntimeException | IOException e) {
                deleteTree(fresh);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path fresh, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
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

    /** A single output file that exists may only be replaced with --force (given as {@code option}'s neighbour). */
    public static void checkFileWritable(Path target, boolean force, String option) {
        if (Files.exists(target) && !force) {
            throw OutputExistsException.file(target.toString(), option);
        }
    }

    /**
     * Writes one output file (a template, a måleskema PDF) the same safe way as a folder: beside the
     * target first, with the user's usual permissions, then moved into place, so a failed run leaves
     * no half-written file and an existing one is replaced only with --force.
     *
     * @param option the command-line option that named the file, for the message when it exists
     */
    public static void writeFile(Path target, boolean force, String option, byte[] bytes) {
        checkFileWritable(target, force, option);
        Path file = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
            Path fresh = freshFile(file.getParent(), "." + file.getFileName() + ".ny-");
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
        } catch (IOException e) {
            throw new UsageException("kan ikke skrive " + target + " (" + e.getClass().getSimpleName()
                    + "); vælg et sted, hvor du har skriveadgang");
        }
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
        if (!Files.exists(dir)) {
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
