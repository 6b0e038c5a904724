package io.huzhu.analytics;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The numbers behind one chart: named columns and rows of values. The JSON answer and the CSV export are both this
 * table, so the export holds exactly the chart's numbers. Member counts under the smallest shown are already
 * replaced by "< n" here, on the server.
 */
record Table(String chart, List<String> columns, List<List<@Nullable Object>> rows) {

    String csv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(columns));
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<@Nullable Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value.toString();
            // A cell starting with = + - @ would be a formula in a spreadsheet; numbers here never start so.
            if (text.matches("[=+@].*") || text.contains(",") || text.contains("\"") || text.contains("\n")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
