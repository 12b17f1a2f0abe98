package org.coachlogic.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pack that {@code coach pack new} writes: pack.json, the rules (a decision table or DRL) with one
 * example rule per common shape, their texts, and a fixture file per rule with a firing and a near-miss case.
 */
final class PackTemplate {

    /** How the rules are written. */
    enum Format { CSV, XLSX, DRL }

    private final String name;
    private final String prefix;
    private final String javaPackage;

    PackTemplate(String name) {
        this.name = name;
        String id = name.replace('.', '-');
        this.prefix = Character.isLetter(id.charAt(0)) ? id : "p" + id;
        this.javaPackage = "packs." + name.replaceAll("[^a-z0-9]", "_").replaceAll("^([0-9])", "_$1");
    }

    /** Writes the pack into a new folder; the folder must not exist yet. */
    void write(Path folder, Format format) throws IOException {
        Files.createDirectories(folder.resolve("fixtures"));
        Files.writeString(folder.resolve("pack.json"), descriptor());
        Files.writeString(folder.resolve("messages.properties"), messages());
        switch (format) {
            case CSV -> Files.writeString(folder.resolve("rules.csv"), csv(table()));
            case XLSX -> {
                try (OutputStream out = Files.newOutputStream(folder.resolve("rules.xlsx"))) {
                    xlsx(table(), out);
                }
            }
            case DRL -> Files.writeString(folder.resolve("rules.drl"), drl());
        }
        for (String[] fixture : fixtures()) {
            Files.writeString(folder.resolve("fixtures").resolve(fixture[0] + ".json"), fixture[1]);
        }
    }

    private String descriptor() {
        return """
                {
                  "name": "%s",
                  "version": "0.1.0",
                  "description": "Describe what the pack is for.",
                  "overrides": [],
                  "disables": [],
                  "sources": [
                    { "key": "%s-protocol",
                      "label": "Replace with the full citation of your own protocol or guideline, with its year.",
                      "kind": "guideline" }
                  ]
                }
                """.formatted(name, prefix);
    }

    private String messages() {
        return """
                # Texts of the pack's recommendations: <id>.summary (one sentence, at most 140 characters),
                # <id>.detail, and a template for each reason key the rules use (because.<key>, java.text.MessageFormat:
                # {0} is the first value after the key, {1} the second). Reason keys not defined here are looked up in
                # the default rule base (sleep.short, stress.high, ...).

                %1$s.pain-screen.summary=Tell your coach about today's pain level before the session starts.
                %1$s.pain-screen.detail=At 7 out of 10 or more, your coach will adapt today's session: lighter loads, \\
                  fewer sets, or mobility work instead.
                %1$s.sleep-and-stress.summary=Join our sleep and stress workshop.
                %1$s.sleep-and-stress.detail=Short sleep and high stress together make pain harder to manage.
                %1$s.long-sitting.summary=Stand up and move for a few minutes every half hour.
                %1$s.long-sitting.detail=Long days of sitting are linked with back pain; short breaks help.
                %1$s.injury-prevention-warm-up.summary=Start every session with our ten-minute warm-up.
                %1$s.injury-prevention-warm-up.detail=A structured warm-up lowers the risk of injury in training.

                because.%1$s.painHigh=pain today at {0}/10, at or above {1}
                because.%1$s.sitting=sitting {0} hours a day, {1} or more
                because.%1$s.injuryPreventionGoal=your goal is to prevent injuries
                """.formatted(prefix);
    }

    /** The decision table: one row per example rule, columns as docs/decision-tables.md explains them. */
    List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", javaPackage));
        rows.add(List.of("Import", "org.coachlogic.facts.*, org.coachlogic.spi.Finding"));
        rows.add(List.of());
        rows.add(List.of("RuleTable " + name));
        rows.add(List.of("NAME", "CONDITION", "CONDITION", "CONDITION", "CONDITION", "CONDITION", "CONDITION",
                "CONDITION", "ACTION", "ACTION", "ACTION", "METADATA", "METADATA", "METADATA", "METADATA", "METADATA",
                "METADATA"));
        rows.add(List.of("", "Pain", "Sleep", "Stress", "Activity...", "Activity...", "Goal", ""));
        rows.add(List.of("", "$intensity : intensity >= $param", "$hours : hoursPerNight < $param",
                "$level : level >= $param", "$sitting : sedentaryHoursPerDay >= $param",
                "sedentaryHoursPerDay < $param", "this == Goal.$param", "not RedFlag()",
                "insert(Finding.because(\"$1\", $2, $3));", "insert(Finding.because(\"$1\", $2, $3));",
                "insert(Finding.because(\"$param\"));", "id(\"$param\")", "category(\"$param\")",
                "priority(\"$param\")", "sources(\"$param\")", "reviewed(\"$param\")", "tier(\"$param\")"));
        rows.add(List.of("Rule", "Pain today at least (0-10)", "Sleeps less than (hours a night)",
                "Stress at least (0-10)", "Sits at least (hours a day)", "Sits less than (hours a day)", "Goal",
                "Not with a red flag (x)", "Reason: key, value, limit", "Second reason: key, value, limit",
                "Reason without values", "Id", "Category", "Priority", "Sources", "Reviewed",
                "Safety tier (assess or review)"));
        rows.add(List.of("High pain today: tell the coach", "7", "", "", "", "", "", "",
                prefix + ".painHigh, $intensity, 7", "", "", prefix + ".pain-screen", "SAFETY", "CAUTION",
                prefix + "-protocol nice-ng59", "2026-11-21", "review"));
        rows.add(List.of("Short sleep with high stress: workshop", "", "6", "7", "", "", "", "",
                "sleep.short, $hours, 6", "stress.high, $level, 7", "", prefix + ".sleep-and-stress", "RECOVERY",
                "ADVICE", prefix + "-protocol aasm-2015", "2026-11-21", ""));
        rows.add(List.of("Long sitting: move every half hour", "", "", "", "8", "12", "", "",
                prefix + ".sitting, $sitting, 8", "", "", prefix + ".long-sitting", "ACTIVITY", "ADVICE",
                prefix + "-protocol who-2020", "2026-11-21", ""));
        rows.add(List.of("Injury prevention goal: warm-up", "", "", "", "", "", "INJURY_PREVENTION", "x", "", "",
                prefix + ".injuryPreventionGoal", prefix + ".injury-prevention-warm-up", "PROGRAMMING", "ADVICE",
                prefix + "-protocol acsm-2009", "2026-11-21", ""));
        return rows;
    }

    private String drl() {
        return """
                package %2$s;

                // One example rule per common shape; docs/rule-packs.md explains every line.

                import org.coachlogic.facts.*;
                import org.coachlogic.spi.Finding;

                rule "High pain today: tell the coach"
                    @id("%1$s.pain-screen") @category("SAFETY") @priority("CAUTION") @tier("review")
                    @sources("%1$s-protocol nice-ng59") @reviewed("2026-11-21")
                when
                    Pain( $intensity : intensity >= 7 )
                then
                    insert(Finding.because("%1$s.painHigh", $intensity, 7));
                end

                rule "Short sleep with high stress: workshop"
                    @id("%1$s.sleep-and-stress") @category("RECOVERY") @priority("ADVICE")
                    @sources("%1$s-protocol aasm-2015") @reviewed("2026-11-21")
                when
                    Sleep( $hours : hoursPerNight < 6 )
                    Stress( $level : level >= 7 )
                then
                    insert(Finding.because("sleep.short", $hours, 6).and("stress.high", $level, 7));
                end

                rule "Long sitting: move every half hour"
                    @id("%1$s.long-sitting") @category("ACTIVITY") @priority("ADVICE")
                    @sources("%1$s-protocol who-2020") @reviewed("2026-11-21")
                when
                    Activity( $sitting : sedentaryHoursPerDay >= 8, sedentaryHoursPerDay < 12 )
                then
                    insert(Finding.because("%1$s.sitting", $sitting, 8));
                end

                rule "Injury prevention goal: warm-up"
                    @id("%1$s.injury-prevention-warm-up") @category("PROGRAMMING") @priority("ADVICE")
                    @sources("%1$s-protocol acsm-2009") @reviewed("2026-11-21")
                when
                    Goal( this == Goal.INJURY_PREVENTION )
                    not RedFlag()
                then
                    insert(Finding.because("%1$s.injuryPreventionGoal"));
                end
                """.formatted(prefix, javaPackage);
    }

    private List<String[]> fixtures() {
        String client = "\"client\": { \"age\": 41, \"experience\": \"INTERMEDIATE\" }";
        return List.of(
                fixture("pain-screen", prefix + ".pain-screen",
                        "pain at 8 out of 10 fires the pain screen",
                        client + ", \"pain\": { \"region\": \"LOW_BACK\", \"intensity\": 8, \"durationWeeks\": 3, \"trend\": \"STABLE\" }",
                        "pain at 6 out of 10 does not",
                        client + ", \"pain\": { \"region\": \"LOW_BACK\", \"intensity\": 6, \"durationWeeks\": 3, \"trend\": \"STABLE\" }"),
                fixture("sleep-and-stress", prefix + ".sleep-and-stress",
                        "5.5 hours of sleep with stress at 8 fires the workshop",
                        client + ", \"sleep\": { \"hoursPerNight\": 5.5 }, \"stress\": { \"level\": 8 }",
                        "6.5 hours of sleep with stress at 8 does not",
                        client + ", \"sleep\": { \"hoursPerNight\": 6.5 }, \"stress\": { \"level\": 8 }"),
                fixture("long-sitting", prefix + ".long-sitting",
                        "sitting 9 hours a day fires the movement breaks",
                        client + ", \"activity\": { \"sedentaryHoursPerDay\": 9 }",
                        "sitting 7.5 hours a day does not",
                        client + ", \"activity\": { \"sedentaryHoursPerDay\": 7.5 }"),
                fixture("injury-prevention-warm-up", prefix + ".injury-prevention-warm-up",
                        "an injury prevention goal fires the warm-up",
                        client + ", \"goals\": [\"INJURY_PREVENTION\"]",
                        "the same goal with a red flag does not",
                        client + ", \"goals\": [\"INJURY_PREVENTION\"], \"redFlags\": [\"FEVER\"]"));
    }

    private static String[] fixture(String file, String id, String firing, String firingFacts, String nearMiss,
                                    String nearMissFacts) {
        return new String[] {file, """
                [
                  { "name": "%s",
                    "facts": { %s },
                    "expect": { "fires": ["%s"] } },
                  { "name": "%s",
                    "facts": { %s },
                    "expect": { "doesNotFire": ["%s"] } }
                ]
                """.formatted(firing, firingFacts, id, nearMiss, nearMissFacts, id)};
    }

    /** The table as CSV, quoting cells as spreadsheet programs do. */
    static String csv(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row);
            while (cells.size() < width) {
                cells.add("");
            }
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell.matches(".*[,\"\\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * The table as an XLSX workbook: a run of cells ending in {@code ...} (the CSV way of writing a merged
     * cell) becomes one merged cell, the header rows are bold and the columns wide enough to read.
     */
    static void xlsx(List<List<String>> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Rules");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            int tableRow = -1;
            int width = 0;
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                width = Math.max(width, cells.size());
                Row row = sheet.createRow(r);
                if (!cells.isEmpty() && cells.get(0).toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                    tableRow = r;
                }
                int mergeStart = -1;
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    boolean continued = value.endsWith("...");
                    if (continued) {
                        value = value.substring(0, value.length() - 3);
                        if (mergeStart >= 0 && cells.get(mergeStart).equals(cells.get(c))) {
                            // Drools reads a merged cell's extent from its (blank) cells, so they must exist
                            row.createCell(c);
                            continue;
                        }
                    }
                    if (mergeStart >= 0) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, mergeStart, c - 1));
                        mergeStart = -1;
                    }
                    if (continued && c + 1 < cells.size() && cells.get(c + 1).equals(cells.get(c))) {
                        mergeStart = c;
                    }
                    if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                        if (tableRow >= 0 && r <= tableRow + 4) {
                            row.getCell(c).setCellStyle(header);
                        }
                    }
                }
                if (mergeStart >= 0) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, mergeStart, cells.size() - 1));
                }
            }
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 24 * 256);
            }
            workbook.write(out);
        }
    }
}
