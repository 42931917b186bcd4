package dk.praksis.results;

import dk.praksis.cases.Kommune;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import dk.praksis.scoring.Outcome;
import dk.praksis.scoring.SecondReview;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * One scored case as a binary record ({@link DataOutput}) for the {@link CaseStore}'s spill file: every field,
 * so a case read back is equal to the case written. Strings are length-prefixed UTF-8 (not
 * {@code writeUTF}, which stops at 64 KB), -1 for null; the kommune is its number in the store's table.
 */
final class CaseRecordCodec {

    private static final Outcome[] OUTCOMES = Outcome.values();

    private CaseRecordCodec() {
    }

    static void write(DataOutput out, CaseResult c, ToIntFunction<Kommune> kommuneNumber) throws IOException {
        string(out, c.caseId());
        out.writeInt(c.kommune() == null ? -1 : kommuneNumber.applyAsInt(c.kommune()));
        string(out, c.caseType());
        out.writeInt(c.items().size());
        for (ItemResult i : c.items()) {
            string(out, i.itemId());
            out.writeByte(i.outcome() == null ? -1 : i.outcome().ordinal());
            string(out, i.value());
            string(out, i.reason());
            string(out, i.consequence());
        }
        out.writeBoolean(c.score() != null);
        if (c.score() != null) {
            out.writeDouble(c.score());
        }
        string(out, c.derivedVerdict());
        string(out, c.reviewerVerdict());
        out.writeBoolean(c.disagreement());
        string(out, c.reviewer());
        string(out, c.remark());
        SecondReview second = c.secondReview();
        out.writeBoolean(second != null);
        if (second != null) {
            string(out, second.reviewer());
            string(out, second.verdict());
            out.writeInt(second.answers().size());
            for (Map.Entry<String, SecondReview.AnswerPair> a : second.answers().entrySet()) {
                string(out, a.getKey());
                out.writeBoolean(a.getValue() != null);
                if (a.getValue() != null) {
                    string(out, a.getValue().first());
                    string(out, a.getValue().second());
                }
            }
        }
    }

    static CaseResult read(DataInput in, IntFunction<Kommune> kommune) throws IOException {
        String id = string(in);
        int k = in.readInt();
        String caseType = string(in);
        int n = in.readInt();
        List<ItemResult> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String itemId = string(in);
            int outcome = in.readByte();
            String value = string(in);
            String reason = string(in);
            items.add(new ItemResult(itemId, outcome < 0 ? null : OUTCOMES[outcome], value, reason, string(in)));
        }
        Double score = in.readBoolean() ? in.readDouble() : null;
        String derived = string(in);
        String reviewerVerdict = string(in);
        boolean disagreement = in.readBoolean();
        String reviewer = string(in);
        String remark = string(in);
        SecondReview second = null;
        if (in.readBoolean()) {
            String secondReviewer = string(in);
            String secondVerdict = string(in);
            int answers = in.readInt();
            Map<String, SecondReview.AnswerPair> pairs = new LinkedHashMap<>();
            for (int i = 0; i < answers; i++) {
                String itemId = string(in);
                pairs.put(itemId, in.readBoolean() ? new SecondReview.AnswerPair(string(in), string(in)) : null);
            }
            second = new SecondReview(secondReviewer, secondVerdict, pairs);
        }
        return new CaseResult(id, k < 0 ? null : kommune.apply(k), caseType, items, score, derived, reviewerVerdict,
                disagreement, reviewer, remark, second);
    }

    private static void string(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
