package dk.praksis.report.terminal;

import java.util.List;

/** Plain-text columns padded to their widest cell, with a rule under the header and above the total. */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<Boolean> rightAligned;

    TextTable(List<String> headers, List<Boolean> rightAligned) {
        this.headers = headers;
        this.rightAligned = rightAligned;
    }

    void render(List<List<String>> rows, List<String> total, StringBuilder out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
            widths[i] = Math.max(widths[i], total.get(i).length());
        }
        line(headers, widths, out);
        rule(widths, out);
        rows.forEach(r -> line(r, widths, out));
        rule(widths, out);
        line(total, widths, out);
    }

    private void line(List<String> cells, int[] widths, StringBuilder out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String pad = " ".repeat(widths[i] - cells.get(i).length());
            sb.append(i == 0 ? "" : GAP).append(rightAligned.get(i) ? pad + cells.get(i) : cells.get(i) + pad);
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }

    private static void rule(int[] widths, StringBuilder out) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        out.append("-".repeat(total + GAP.length() * (widths.length - 1))).append('\n');
    }
}
