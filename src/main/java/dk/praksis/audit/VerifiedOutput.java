package dk.praksis.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

/**
 * An earlier output folder as the check before the work found it ({@link SafeOutput#checkWritable}): each of its
 * files with the hash it was verified to have and its size, modification time and identity (inode) then. The
 * check just before the folder is replaced, and the new folder's manifest, use it not to hash the same bytes
 * again: an audit hashed its old folder twice and the new one once, with the quick compiler at about 40 MB/s and
 * a large share of the sample audit's CPU time (docs/benchmarks.md). An edit changes a file's modification time,
 * so a file whose size, time and identity are the same as when it was verified still has the verified hash.
 */
public final class VerifiedOutput {

    /** No earlier folder, or none checked: every file is hashed. */
    public static final VerifiedOutput NONE = new VerifiedOutput(null, Map.of());

    private final Path dir;
    private final Map<String, Entry> files;

    /** A verified file: its hash, and when and how big it was. */
    record Entry(String hash, Stamp stamp) {
    }

    /** What changes when a file is written to: its size, modification time and identity (null where unknown). */
    record Stamp(long size, FileTime modified, Object key) {
        static Stamp of(BasicFileAttributes attrs) {
            return new Stamp(attrs.size(), attrs.lastModifiedTime(), attrs.fileKey());
        }
    }

    VerifiedOutput(Path dir, Map<String, Entry> files) {
        this.dir = dir;
        this.files = Map.copyOf(files);
    }

    /** The hash the file at {@code relative} was verified to have, when its attributes are as they were then. */
    Optional<String> unchangedHash(Path folder, String relative, BasicFileAttributes now) {
        Entry e = files.get(relative);
        return e != null && folder.equals(dir) && e.stamp().equals(Stamp.of(now)) ? Optional.of(e.hash())
                : Optional.empty();
    }

    /**
     * The hash of {@code file}, new output meant for the place {@code relative} in the verified folder, when it has
     * the same bytes as the verified file there and that file is unchanged since (its attributes are read after the
     * bytes are compared); empty otherwise.
     */
    Optional<String> hashOfSame(String relative, Path file) throws IOException {
        Entry e = files.get(relative);
        if (e == null) {
            return Optional.empty();
        }
        Path old = dir.resolve(relative);
        if (Files.mismatch(old, file) != -1L) {
            return Optional.empty();
        }
        BasicFileAttributes now = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return now.isRegularFile() && e.stamp().equals(Stamp.of(now)) ? Optional.of(e.hash()) : Optional.empty();
    }
}
