package org.coachlogic.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.model.DRLOutput;
import org.drools.template.model.SnippetBuilder;
import org.drools.template.parser.DataListener;

import org.coachlogic.RuleProblem;

/**
 * One sheet of a decision table (CSV or XLSX) in a rule pack, turned into DRL by Drools' own decision-table
 * parser ({@code DefaultRuleSheetListener}, as {@code SpreadsheetCompiler} uses it), with a map from each
 * generated DRL line back to the cells it came from. The DRL then goes through the same pack compilation as a
 * DRL file; problems found there are moved back onto their cell by {@link #locate}.
 */
final class DecisionTable {

    /** The file extensions read as decision tables. */
    static boolean isTable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx");
    }

    private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern CELL_IN_MESSAGE = Pattern.compile("\\bcells? \\[?([A-Z]{1,3})(\\d+)\\b");
    private static final Pattern ANNOTATION = Pattern.compile("@([a-zA-Z]+)");
    private static final Pattern METADATA_NAME = Pattern.compile("^\\s*@?([a-zA-Z]+)\\s*\\(");
    private static final Pattern NUMERIC = Pattern.compile("^\\s*(?:\\$\\w+\\s*:\\s*)?([a-zA-Z_][a-zA-Z0-9_]*)\\s*(<=|>=|<|>|==)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern EQUALS = Pattern.compile("^\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*==\\s*([A-Za-z_][\\w.]*|\"[^\"]*\")\\s*$");

    /** A stretch of a generated DRL line that came from one cell. */
    record Span(int start, int end, int column, String text) {
    }

    /** Where a generated DRL line came from: the rule's row and the cells on that line. */
    record LineOrigin(int row, List<Span> spans, boolean ruleLine) {
    }

    private final String file;
    private final String sheet;
    private final String key;
    private final String drl;
    private final Map<Integer, LineOrigin> lines;
    private final Map<String, Integer> metadataColumns;
    private final Map<Integer, Integer> firstColumnOfRow;

    private DecisionTable(String file, String sheet, String drl, Map<Integer, LineOrigin> lines,
                          Map<String, Integer> metadataColumns, Map<Integer, Integer> firstColumnOfRow) {
        this.file = file;
        this.sheet = sheet;
        this.key = sheet == null ? file : file + "#" + sheet;
        this.drl = drl;
        this.lines = lines;
        this.metadataColumns = metadataColumns;
        this.firstColumnOfRow = firstColumnOfRow;
    }

    /** The name the generated DRL is compiled under: the file, plus {@code #sheet} for a workbook. */
    String key() {
        return key;
    }

    String drl() {
        return drl;
    }

    String file() {
        return file;
    }

    /**
     * Converts a table file into one table per sheet that holds a {@code RuleTable}; every problem found in
     * the table itself (one Drools cannot read, a rule that could never fire) is added with its cell.
     */
    static List<DecisionTable> convert(String pack, String file, byte[] content, List<RuleProblem> problems) {
        List<DecisionTable> tables = new ArrayList<>();
        if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            // Drools reads CSV in the platform charset; packs are UTF-8.
            byte[] platform = new String(content, StandardCharsets.UTF_8).getBytes(Charset.defaultCharset());
            Cells cells = new Cells();
            DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
            try {
                new CsvParser(List.of(listener, cells), new CsvLineParser()).parseFile(new ByteArrayInputStream(platform));
                sheet(pack, file, null, listener, cells, problems, tables);
            } catch (RuntimeException e) {
                problems.add(parseProblem(pack, file, null, cells, e));
            }
            if (tables.isEmpty() && !cells.hasRuleTable() && problems.stream().noneMatch(p -> file.equals(p.file()))) {
                problems.add(new RuleProblem(pack, file, 0, 0, null, null, noRuleTable()));
            }
            return tables;
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            boolean any = false;
            for (Sheet poiSheet : workbook) {
                String name = poiSheet.getSheetName();
                Cells cells = new Cells();
                new ExcelParser(Map.of(name, List.of(cells))).parseWorkbook(workbook);
                if (!cells.hasRuleTable()) {
                    continue;
                }
                any = true;
                Cells again = new Cells();
                DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
                try {
                    new ExcelParser(Map.of(name, List.of(listener, again))).parseWorkbook(workbook);
                    sheet(pack, file, name, listener, again, problems, tables);
                } catch (RuntimeException e) {
                    problems.add(parseProblem(pack, file, name, again, e));
                }
            }
            if (!any) {
                problems.add(new RuleProblem(pack, file, 0, 0, null, null, noRuleTable()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleProblem(pack, file, 0, 0, null, null,
                    "cannot read the workbook (save it as .xlsx from Excel or LibreOffice): " + e.getMessage()));
        }
        return tables;
    }

    private static String noRuleTable() {
        return "no cell starting with \"RuleTable\": a decision table starts with a RuleTable cell above its "
                + "CONDITION, ACTION and METADATA columns (see docs/decision-tables.md)";
    }

    private static RuleProblem parseProblem(String pack, String file, String sheet, Cells cells, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher cell = CELL_IN_MESSAGE.matcher(message);
        if (cell.find()) {
            int row = Integer.parseInt(cell.group(2));
            int column = columnNumber(cell.group(1));
            return new RuleProblem(pack, file, row, column, sheet, cell.group(1) + row, "Drools cannot read the table: "
                    + message);
        }
        return new RuleProblem(pack, file, 0, 0, sheet, null, "Drools cannot read the table: " + message);
    }

    private static void sheet(String pack, String file, String sheet, DefaultRuleSheetListener listener, Cells cells,
                              List<RuleProblem> problems, List<DecisionTable> tables) {
        DRLOutput out = new DRLOutput();
        listener.getRuleSet().renderDRL(out);
        String drl = out.getDRL();

        int[] header = cells.ruleTable();
        int headerRow = header[0];
        int startColumn = header[1];
        Map<Integer, String> types = cells.row(headerRow + 1);
        Map<Integer, String> codes = cells.row(headerRow + 3);
        Map<String, Integer> metadataColumns = new HashMap<>();
        types.forEach((column, type) -> {
            if (type.trim().equalsIgnoreCase("METADATA")) {
                Matcher name = METADATA_NAME.matcher(codes.getOrDefault(column, ""));
                if (name.find()) {
                    metadataColumns.put(name.group(1), column);
                }
            }
        });

        Map<Integer, LineOrigin> origins = new HashMap<>();
        Map<Integer, Integer> firstColumnOfRow = new HashMap<>();
        String[] drlLines = drl.split("\n", -1);
        int row = -1;
        List<Integer> ruleRows = new ArrayList<>();
        for (int i = 0; i < drlLines.length; i++) {
            String line = drlLines[i];
            Matcher values = RULE_VALUES.matcher(line);
            if (values.find()) {
                row = Integer.parseInt(values.group(2));
                ruleRows.add(row);
                firstColumnOfRow.put(row, columnNumber(values.group(1)));
                continue;
            }
            if (row < 0) {
                continue;
            }
            String trimmed = line.trim();
            if (trimmed.equals("end")) {
                origins.put(i + 1, new LineOrigin(row, List.of(), true));
                row = -1;
                continue;
            }
            boolean ruleLine = trimmed.startsWith("rule ") || trimmed.equals("when") || trimmed.equals("then");
            origins.put(i + 1, new LineOrigin(row, ruleLine ? List.of() : spans(line, cells.row(row), types, codes,
                    cells.row(headerRow + 2)), ruleLine));
        }

        DecisionTable table = new DecisionTable(file, sheet, drl, origins, metadataColumns, firstColumnOfRow);
        List<RuleProblem> own = new ArrayList<>();
        if (ruleRows.stream().allMatch(r -> cells.row(r).values().stream().allMatch(String::isBlank))) {
            own.add(table.at(pack, headerRow + 5, startColumn, "the table has no rules: fill in at least one row "
                    + "below the column names (row " + (headerRow + 5) + " on)"));
        } else {
            for (int ruleRow : ruleRows) {
                table.checkRow(pack, ruleRow, cells.row(ruleRow), types, startColumn, origins, own);
            }
        }
        problems.addAll(own);
        if (own.isEmpty() || own.stream().noneMatch(p -> p.message().startsWith("the table has no rules"))) {
            tables.add(table);
        }
    }

    /** Refuses rows that would never give a recommendation, or give it to everyone by an empty row. */
    private void checkRow(String pack, int row, Map<Integer, String> values, Map<Integer, String> types,
                          int startColumn, Map<Integer, LineOrigin> origins, List<RuleProblem> problems) {
        boolean anyCondition = false;
        boolean anyAction = false;
        for (Map.Entry<Integer, String> cell : values.entrySet()) {
            if (cell.getValue().isBlank()) {
                continue;
            }
            String type = types.getOrDefault(cell.getKey(), "").trim().toUpperCase(Locale.ROOT);
            anyCondition |= type.equals("CONDITION");
            anyAction |= type.equals("ACTION");
        }
        if (values.values().stream().allMatch(String::isBlank)) {
            return;
        }
        if (!anyCondition) {
            problems.add(at(pack, row, firstColumnOfRow.getOrDefault(row, startColumn),
                    "row " + row + " has no condition filled in, so its rule would apply to every client; fill in "
                            + "at least one CONDITION cell, or leave the whole row empty"));
        }
        if (!anyAction) {
            problems.add(at(pack, row, firstColumnOfRow.getOrDefault(row, startColumn),
                    "row " + row + " has no ACTION cell filled in (the reason), so its rule could never give a "
                            + "recommendation"));
        }
        // Contradictions between the conditions on one fact: numeric ranges that do not overlap, or two
        // different values for one field.
        origins.forEach((line, origin) -> {
            if (origin.row() != row || origin.spans().size() < 2) {
                return;
            }
            Map<String, double[]> ranges = new LinkedHashMap<>();
            Map<String, Span> rangeCells = new HashMap<>();
            Map<String, Span> equalities = new HashMap<>();
            for (Span span : origin.spans()) {
                Matcher numeric = NUMERIC.matcher(span.text());
                Matcher equals = EQUALS.matcher(span.text());
                if (numeric.matches()) {
                    String field = numeric.group(1);
                    double value = Double.parseDouble(numeric.group(3));
                    // {low, lowInclusive, high, highInclusive}
                    double[] range = ranges.computeIfAbsent(field, f -> new double[] {Double.NEGATIVE_INFINITY, 1,
                            Double.POSITIVE_INFINITY, 1});
                    switch (numeric.group(2)) {
                        case ">" -> tighterLow(range, value, false);
                        case ">=" -> tighterLow(range, value, true);
                        case "<" -> tighterHigh(range, value, false);
                        case "<=" -> tighterHigh(range, value, true);
                        default -> {
                            tighterLow(range, value, true);
                            tighterHigh(range, value, true);
                        }
                    }
                    Span first = rangeCells.putIfAbsent(field, span);
                    if (range[0] > range[2] || (range[0] == range[2] && (range[1] == 0 || range[3] == 0))) {
                        problems.add(at(pack, row, span.column(), "the conditions in " + cellName(first.column(), row)
                                + " (" + first.text().trim() + ") and " + cellName(span.column(), row) + " ("
                                + span.text().trim() + ") contradict each other, so row " + row
                                + "'s rule could never fire"));
                        ranges.put(field, new double[] {Double.NEGATIVE_INFINITY, 1, Double.POSITIVE_INFINITY, 1});
                    }
                } else if (equals.matches()) {
                    Span first = equalities.putIfAbsent(equals.group(1), span);
                    if (first != null) {
                        Matcher earlier = EQUALS.matcher(first.text());
                        if (earlier.matches() && !earlier.group(2).equals(equals.group(2))) {
                            problems.add(at(pack, row, span.column(), "the conditions in " + cellName(first.column(), row)
                                    + " (" + first.text().trim() + ") and " + cellName(span.column(), row) + " ("
                                    + span.text().trim() + ") contradict each other, so row " + row
                                    + "'s rule could never fire"));
                        }
                    }
                }
            }
        });
    }

    private static void tighterLow(double[] range, double value, boolean inclusive) {
        if (value > range[0] || (value == range[0] && !inclusive)) {
            range[0] = value;
            range[1] = inclusive ? 1 : 0;
        }
    }

    private static void tighterHigh(double[] range, double value, boolean inclusive) {
        if (value < range[2] || (value == range[2] && !inclusive)) {
            range[2] = value;
            range[3] = inclusive ? 1 : 0;
        }
    }

    /**
     * The cells a generated line came from: each filled cell of the row is rendered with its column's code
     * (as Drools renders it) and looked up in the line, left to right.
     */
    private static List<Span> spans(String line, Map<Integer, String> values, Map<Integer, String> types,
                                    Map<Integer, String> codes, Map<Integer, String> objectTypes) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (Map.Entry<Integer, String> cell : values.entrySet()) {
            String value = cell.getValue();
            String type = types.getOrDefault(cell.getKey(), "").trim().toUpperCase(Locale.ROOT);
            if (value.isBlank() || !(type.equals("CONDITION") || type.equals("ACTION") || type.equals("METADATA"))) {
                continue;
            }
            String code = codes.getOrDefault(cell.getKey(), "");
            String rendered = render(code, value.trim(), type);
            int at = rendered.isEmpty() ? -1 : line.indexOf(rendered, from);
            if (at < 0) {
                at = line.indexOf(value.trim(), from);
                rendered = value.trim();
            }
            if (at >= 0) {
                spans.add(new Span(at, at + rendered.length(), cell.getKey(), rendered));
                from = at + rendered.length();
            }
        }
        return spans;
    }

    private static String render(String code, String value, String type) {
        String template = code.trim();
        if (template.isEmpty()) {
            return value;
        }
        if (!template.contains("$")) {
            // "age" or "age >": Drools completes a bare field with "==" and the value
            if (type.equals("CONDITION") && template.matches("[\\w.]+")) {
                return template + " == " + value;
            }
            if (type.equals("CONDITION") && template.matches("[\\w.]+\\s*(<=|>=|<|>|==|!=)")) {
                return template + " " + value;
            }
            return template;
        }
        try {
            String rendered = new SnippetBuilder(template).build(value);
            return type.equals("METADATA") ? "@" + rendered : rendered;
        } catch (RuntimeException e) {
            return value;
        }
    }

    /** Moves a problem found in the generated DRL onto the cell it came from. */
    RuleProblem locate(RuleProblem problem) {
        LineOrigin origin = lines.get(problem.line());
        if (origin == null) {
            return new RuleProblem(problem.pack(), file, 0, 0, sheet, null, problem.message());
        }
        int row = origin.row();
        Integer column = null;
        Matcher annotation = ANNOTATION.matcher(problem.message());
        if (origin.ruleLine() || origin.spans().isEmpty()) {
            if (annotation.find()) {
                column = metadataColumns.get(annotation.group(1));
            }
            String message = problem.message();
            if (column == null && message.contains("source key")) {
                column = metadataColumns.get("sources");
            }
            if (column == null && (message.contains("message bundle") || message.contains(" id ")
                    || message.contains(".summary") || message.contains("because."))) {
                column = metadataColumns.get("id");
            }
        } else if (origin.spans().size() == 1) {
            column = origin.spans().get(0).column();
        } else {
            for (Span span : origin.spans()) {
                if (mentions(problem.message(), span.text())) {
                    column = span.column();
                    break;
                }
            }
            if (column == null) {
                column = origin.spans().get(0).column();
            }
        }
        if (column == null) {
            column = firstColumnOfRow.getOrDefault(row, 1);
        }
        return at(problem.pack(), row, column, problem.message());
    }

    private static boolean mentions(String message, String snippet) {
        String compact = snippet.replaceAll("\\s+", "");
        String flat = message.replaceAll("\\s+", "");
        if (flat.contains(compact)) {
            return true;
        }
        for (String word : snippet.split("[^A-Za-z_]+")) {
            if (word.length() > 3 && message.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private RuleProblem at(String pack, int row, int column, String message) {
        return new RuleProblem(pack, file, row, column, sheet, cellName(column, row), message);
    }

    /** {@code B7} for column 2, row 7. */
    static String cellName(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    private static int columnNumber(String letters) {
        int column = 0;
        for (char c : letters.toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }

    /** Every cell Drools reports, by 1-based row and column, as the decision-table parser sees it. */
    private static final class Cells implements DataListener {
        private final Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        private int[] ruleTable;

        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int row, int columns) {
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value == null) {
                return;
            }
            rows.computeIfAbsent(row + 1, r -> new TreeMap<>()).put(column + 1, value);
            if (ruleTable == null && value.trim().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                ruleTable = new int[] {row + 1, column + 1};
            }
        }

        boolean hasRuleTable() {
            return ruleTable != null;
        }

        int[] ruleTable() {
            return ruleTable;
        }

        Map<Integer, String> row(int row) {
            return rows.getOrDefault(row, Map.of());
        }
    }
}
