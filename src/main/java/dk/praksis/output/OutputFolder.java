package dk.praksis.output;

import dk.praksis.errors.OutputExistsException;
import dk.praksis.errors.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes an output folder all or nothing: the content is written to a temporary folder beside the
 * target and moved into place only when complete, so a failed run leaves no half-written folder and
 * an earlier run's folder is replaced only with --force.
 */
public final class OutputFolder {

    /** Writes the folder's files into the given (empty, temporary) directory. */
    @FunctionalInterface
    public interface Content {
        void writeInto(Path dir) throws IOException;
    }

    private OutputFolder() {
    }

    /** Refuses early, before any work, when the target exists and force is not given. */
    public static void checkWritable(Path target, boolean force) {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new UsageException(target + ": findes allerede og er en fil, ikke en mappe");
            }
            if (!force) {
                throw new OutputExistsException(target.toString());
            }
        }
    }

    public static void write(Path target, boolean force, Content content) {
        checkWritable(target, force);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = freshSibling(parent, name, "ny");
            content.writeInto(temp);
            if (Files.exists(absolute)) {
                Path old = parent.resolve("." + name + ".gammel-" + ProcessHandle.current().pid());
                deleteTree(old);
                move(absolute, old);
                move(temp, absolute);
                deleteTree(old);
            } else {
                move(temp, absolute);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(absolute + ": kan ikke skrives", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * A new empty folder beside the target. Created with Files.createDirectory, not createTempDirectory,
     * so it gets the user's usual permissions rather than owner-only ones.
     */
    private static Path freshSibling(Path parent, String name, String kind) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve("." + name + "." + kind + "-" + pid + "-" + attempt);
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 1000) {
                    throw e;
                }
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

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // Best effort: the temporary folder's name starts with a dot and says what it is.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
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
