package flotilla.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns tab-separated cells as Go's text/tabwriter does with Docker's settings (minimum cell width 10,
 * padding 3, blanks): each column is as wide as its widest cell plus the padding; the last cell of a line
 * is not padded.
 */
final class TabWriter {
    private static final int MIN_WIDTH = 10;
    private static final int PADDING = 3;

    private TabWriter() {
    }

    static String align(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        int columns = 0;
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            rows.add(cells);
            columns = Math.max(columns, cells.length);
        }
        int[] widths = new int[columns];
        for (String[] cells : rows) {
            for (int c = 0; c < cells.length - 1; c++) {
                widths[c] = Math.max(widths[c], Math.max(MIN_WIDTH, cells[c].codePointCount(0, cells[c].length())
                        + PADDING));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] cells : rows) {
            for (int c = 0; c < cells.length; c++) {
                out.append(cells[c]);
                if (c < cells.length - 1) {
                    out.append(" ".repeat(widths[c] - cells[c].codePointCount(0, cells[c].length())));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
