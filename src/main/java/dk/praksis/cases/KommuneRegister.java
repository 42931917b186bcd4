package dk.praksis.cases;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.Nearest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 98 kommuner, found by kommunekode or by name as real extracts spell it: any case, æ/ø/å or
 * ae/oe/aa, with or without "Kommune", hyphens or spaces, and known older or colloquial names.
 */
public final class KommuneRegister implements KommuneLookup {

    private static final String RESOURCE = "kommuner.csv";

    /** Names still seen in extracts, folded, to the current kommunekode. */
    private static final Map<String, String> VARIANTS = Map.of(
            "broenderslevdronninglund", "810",
            "bornholmsregionskommune", "400",
            "regionskommunebornholm", "400",
            "lyngby", "173",
            "taastrup", "169");

    private static final Pattern CODE = Pattern.compile("\\d{1,4}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern KOMMUNE_WORD = Pattern.compile("\\bkommunes?\\b");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    private final List<Kommune> all;
    private final Map<String, Kommune> byCode;
    private final Map<String, Kommune> byKey;
    /**
     * Each kommune's name as the register writes it, to what {@link #find} gives for it: nearly every case
     * names its kommune so, and folding a name costs more than the rest of reading the field.
     */
    private final Map<String, Kommune> byName;

    public KommuneRegister(List<Kommune> kommuner) {
        this.all = List.copyOf(kommuner);
        Map<String, Kommune> codes = new HashMap<>();
        Map<String, Kommune> keys = new HashMap<>();
        Map<String, List<Kommune>> loose = new HashMap<>();
        for (Kommune k : all) {
            codes.put(k.kode(), k);
            keys.put(fold(k.navn()), k);
            loose.computeIfAbsent(loosen(fold(k.navn())), x -> new ArrayList<>()).add(k);
        }
        // A spelling without Danish letters at all ("Tonder") is accepted only when it is unambiguous.
        loose.forEach((key, ks) -> {
            if (ks.size() == 1) {
                keys.putIfAbsent(key, ks.get(0));
            }
        });
        VARIANTS.forEach((key, code) -> {
            if (codes.containsKey(code)) {
                keys.putIfAbsent(key, codes.get(code));
            }
        });
        this.byCode = Collections.unmodifiableMap(codes);
        this.byKey = Collections.unmodifiableMap(keys);
        Map<String, Kommune> names = new HashMap<>();
        for (Kommune k : all) {
            lookUp(k.navn().strip()).ifPresent(found -> names.put(k.navn(), found));
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The register shipped with the tool (a copy of shared/data/kommuner.csv). */
    public static KommuneRegister standard() {
        return Standard.REGISTER;
    }

    private static final class Standard {
        static final KommuneRegister REGISTER = new KommuneRegister(readResource());
    }

    private static List<Kommune> readResource() {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
        try (InputStream in = KommuneRegister.class.getResourceAsStream(RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(schema).readValues(reader)) {
            List<Kommune> list = new ArrayList<>();
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                list.add(new Kommune(row.get("kommunekode").strip(), row.get("navn").strip(), row.get("region").strip()));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("kommuner.csv mangler i programmet", e);
        }
    }

    public List<Kommune> all() {
        return all;
    }

    /** The kommune named or coded by {@code text}, or empty. */
    @Override
    public Optional<Kommune> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Kommune named = byName.get(text);
        return named != null ? Optional.of(named) : lookUp(text.strip());
    }

    /** {@link #find} for a stripped, non-blank text. */
    private Optional<Kommune> lookUp(String t) {
        if (CODE.matcher(t).matches()) {
            return Optional.ofNullable(byCode.get(String.valueOf(Integer.parseInt(t))));
        }
        String key = fold(t);
        for (String candidate : List.of(key, key + "s", key.endsWith("s") ? key.substring(0, key.length() - 1) : key)) {
            Kommune k = byKey.get(candidate);
            if (k == null) {
                k = byKey.get(loosen(candidate));
            }
            if (k != null) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Up to three kommune names nearest to an unknown name. */
    public List<String> suggestions(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(k -> names.put(k.navn(), k.navn()));
        return Nearest.to(text, names.keySet(), KommuneRegister::fold);
    }

    /**
     * The Danish message for a name or code that is no kommune, with the nearest names. The text is
     * quoted only when it cannot be personal data. Table readers use it too, so every format says the same.
     */
    @Override
    public String unknownMessage(String text) {
        List<String> near = suggestions(text);
        return "ukendt kommune " + Quoted.of(text, near) + "." + Nearest.phrase(near);
    }

    /**
     * Folds a name for comparison: lower case, æ/ø/å as ae/oe/aa, other accents dropped, and
     * without "kommune", spaces, hyphens and punctuation.
     */
    static String fold(String name) {
        String s = DanishLetters.fold(name);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = KOMMUNE_WORD.matcher(s).replaceAll(" ");
        return NOT_LETTER.matcher(s).replaceAll("");
    }

    /** A coarser key for names typed without Danish letters: aa/oe/ae become a/o/a. */
    private static String loosen(String folded) {
        return folded.replace("aa", "a").replace("oe", "o").replace("ae", "a");
    }
}
