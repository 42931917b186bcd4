package dk.praksis.boardtext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Markdown file of the board's text, parsed.
 *
 * @param source the file as the audit file names it, for messages
 */
public record Prose(String source, List<Block> blocks) {

    public Prose {
        blocks = List.copyOf(blocks);
    }

    /** Every case citation in the text, at any depth, in reading order. */
    public List<Block.Example> examples() {
        List<Block.Example> out = new ArrayList<>();
        walk(blocks, b -> {
            if (b instanceof Block.Example e) {
                out.add(e);
            }
        });
        return out;
    }

    private static void walk(List<Block> blocks, Consumer<Block> visit) {
        for (Block b : blocks) {
            visit.accept(b);
            if (b instanceof Block.ItemList l) {
                l.items().forEach(item -> walk(item, visit));
            } else if (b instanceof Block.Quote q) {
                walk(q.blocks(), visit);
            }
        }
    }
}
