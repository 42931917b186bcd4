package dk.praksis.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.praksis.io.DeterministicJson;
import dk.praksis.report.Concurrently;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files praksis wrote into an output folder, each with its SHA-256, kept in the folder as
 * {@value #NAME}. --force deletes a folder only when it holds exactly these files, unchanged: a note
 * the user added or a results file the user edited is never lost.
 *
 * @param files path relative to the folder ('/' between names) to the lower-case hex SHA-256
 */
@JsonPropertyOrder({"format", "filer"})
public record OutputManifest(@JsonProperty("format") String format, @JsonProperty("filer") Map<String, String> files) {

    /** The manifest's file name inside the output folder. */
    public static final String NAME = ".praksis-manifest.json";
    static final String FORMAT = "praksis-manifest/1";

    /** Files the operating system's file manager leaves in any folder it has shown; they hold nothing of the user's. */
    static final Set<String> OS_LITTER = Set.of("Thumbs.db", "desktop.ini", ".DS_Store");

    private static final JsonMapper MAPPER = new JsonMapper();

    public OutputManifest {
        files = new TreeMap<>(files);
    }

    /**
     * The manifest of every regular file now in {@code dir} (the manifest itself excepted). A file with the same bytes
     * as the file of the same name in the {@code earlier} folder, unchanged since it was verified, has its hash.
     */
    static OutputManifest of(Path dir, VerifiedOutput earlier) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!relative(dir, file).equals(NAME)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Map<Path, String> hashes = new ConcurrentHashMap<>();
        Concurrently.forEach(found, file -> {
            Optional<String> same = earlier.hashOfSame(relative(dir, file), file);
            hashes.put(file, same.isPresent() ? same.get() : sha256(file));
        });
        Map<String, String> files = new TreeMap<>();
        found.forEach(file -> files.put(relative(dir, file), hashes.get(file)));
        return new OutputManifest(FORMAT, files);
    }

    /** Records every file in {@code dir} in its manifest (see {@link #of}). */
    static void writeInto(Path dir, VerifiedOutput earlier) throws IOException {
        Files.write(dir.resolve(NAME), bytes(of(dir, earlier).files()));
    }

    static byte[] bytes(Map<String, String> files) {
        return DeterministicJson.toBytes(new OutputManifest(FORMAT, files));
    }

    /** The folder's manifest, or empty when it has none or it cannot be read as one. */
    static Optional<OutputManifest> readFrom(Path dir) {
        return read(dir.resolve(NAME));
    }

    /** The manifest in {@code file}, or empty when there is none or it cannot be read as one. */
    static Optional<OutputManifest> read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            OutputManifest m = MAPPER.readValue(file.toFile(), OutputManifest.class);
            return m.files() != null && FORMAT.equals(m.format()) ? Optional.of(m) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first entry of {@code dir} that praksis did not write or that changed since (relative path
     * and why, in Danish), or empty when every file is in this manifest with its hash. Symbolic links
     * and other non-regular files are never ours.
     */
    Optional<String> firstForeign(Path dir) throws IOException {
        return check(dir, VerifiedOutput.NONE).foreign();
    }

    /** What {@link #check} found: the first foreign entry, if any, and otherwise the files as verified. */
    record Check(Optional<String> foreign, VerifiedOutput verified) {
    }

    /**
     * As {@link #firstForeign}, and the folder's files as verified. A file that {@code earlier} verified, with the
     * hash this manifest records and unchanged since, is not hashed again.
     */
    Check check(Path dir, VerifiedOutput earlier) throws IOException {
        List<Path> ours = new ArrayList<>(); // in the order walked; null for an entry that is not ours
        List<String> names = new ArrayList<>();
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(dir, file);
                if (rel.equals(NAME) || OS_LITTER.contains(file.getFileName().toString()) && attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                boolean known = attrs.isRegularFile() && files.containsKey(rel);
                ours.add(known ? file : null);
                names.add(rel);
                attributes.put(file, attrs);
                return known ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Map<Path, String> hashes = new ConcurrentHashMap<>();
        List<Path> toHash = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            Path file = ours.get(i);
            if (file != null) {
                String recorded = files.get(names.get(i));
                earlier.unchangedHash(dir, names.get(i), attributes.get(file)).filter(recorded::equals)
                        .ifPresentOrElse(h -> hashes.put(file, h), () -> toHash.add(file));
            }
        }
        hashes.putAll(sha256(toHash));
        Map<String, VerifiedOutput.Entry> verified = new HashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            if (ours.get(i) == null) {
                return new Check(Optional.of(names.get(i) + " er ikke skrevet af praksis"), VerifiedOutput.NONE);
            }
            if (!files.get(names.get(i)).equals(hashes.get(ours.get(i)))) {
                return new Check(Optional.of(names.get(i) + " er ændret, siden praksis skrev den"), VerifiedOutput.NONE);
            }
            verified.put(names.get(i), new VerifiedOutput.Entry(hashes.get(ours.get(i)),
                    VerifiedOutput.Stamp.of(attributes.get(ours.get(i)))));
        }
        return new Check(Optional.empty(), new VerifiedOutput(dir, verified));
    }

    /**
     * Each file's SHA-256, the files read on the processors at once: with the quick compiler a sample
     * audit's 3.7 MB take about a tenth of a second to hash, and an audit hashes its folder twice or more.
     */
    private static Map<Path, String> sha256(List<Path> files) throws IOException {
        Map<Path, String> hashes = new ConcurrentHashMap<>();
        Concurrently.forEach(files, file -> hashes.put(file, sha256(file)));
        return hashes;
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
            md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
