package dk.praksis.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.praksis.checklist.Item;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of an item's rule: its type, case types, condition, consequence and type-specific
 * parameters, serialised canonically (sorted keys). Wording, legal source and notes are left out,
 * so rephrasing a question does not make a comparison think the rule changed.
 */
public final class ItemFingerprint {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ItemFingerprint() {
    }

    public static String of(Item item) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes(item)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    /** The canonical JSON text that is hashed (exposed for tests and for curious readers). */
    static String canonical(Item item) {
        return new String(canonicalBytes(item), StandardCharsets.UTF_8);
    }

    private static byte[] canonicalBytes(Item item) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("type", item.type().key());
        rule.put("caseTypes", item.caseTypes());
        rule.put("condition", item.condition());
        rule.put("consequence", item.consequence());
        rule.put("spec", item.spec());
        try {
            return CANONICAL.writeValueAsBytes(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint item " + item.id(), e);
        }
    }
}
