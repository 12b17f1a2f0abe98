package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleInfo;
import org.coachlogic.RuleProblem;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs written as Drools decision tables: the same checks as DRL, each problem at its cell. */
class DecisionTablePackTest {

    private static final Path PACKS = Path.of("src/test/resources/packs");

    @Test
    void everyMistakeInATableIsReportedAtItsCellAtOnce() {
        // GIVEN a CSV table with an unknown source, a misspelt field, contradictory conditions, an unknown
        // priority, a row with no reason, and a row with no condition and a date that is not one
        Path pack = PACKS.resolve("table-broken");

        // WHEN the engine is built, THEN every problem is reported, each at its cell
        assertThatThrownBy(() -> CoachingEngine.builder().withPack(pack).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(RuleProblem::toString)
                        .containsExactlyInAnyOrder(
                                "table-broken: clinic.csv, cell C12 (row 12, column C): the conditions in B12 ($intensity : intensity >= 7) and C12 (intensity < 5) contradict each other, so row 12's rule could never fire",
                                "table-broken: clinic.csv, cell A13 (row 13, column A): row 13 has no ACTION cell filled in (the reason), so its rule could never give a recommendation",
                                "table-broken: clinic.csv, cell A14 (row 14, column A): row 14 has no condition filled in, so its rule would apply to every client; fill in at least one CONDITION cell, or leave the whole row empty",
                                "table-broken: clinic.csv, cell I10 (row 10, column I): rule \"Unknown source\": unknown source key \"no-such-source\"",
                                "table-broken: clinic.csv, cell H12 (row 12, column H): rule \"Contradiction\": @priority is \"SOON\", not one of [URGENT, CAUTION, ADVICE]",
                                "table-broken: clinic.csv, cell J14 (row 14, column J): rule \"No condition\": @reviewed is \"yesterday\", not a date like 2026-11-21",
                                "table-broken: clinic.csv, cell D11 (row 11, column D): Sleep has no field hoursOfSleep; did you mean hoursPerNight?"));
    }

    @Test
    void aProblemInAWorkbookNamesItsSheetRowColumnAndCell(@TempDir Path pack) throws IOException {
        // GIVEN an XLSX pack whose sheet "Clinic rules" gives a category that does not exist in cell D9
        Files.writeString(pack.resolve("pack.json"), "{ \"name\": \"workbook\", \"version\": \"1\" }");
        Files.writeString(pack.resolve("messages.properties"), "clinic.walk.summary=Walk.\nclinic.walk.detail=Walk.\n"
                + "because.clinic.sitting=sitting {0} h\n");
        writeWorkbook(pack.resolve("clinic.xlsx"), "Clinic rules", List.of(
                List.of("RuleSet", "com.example.workbook"),
                List.of("Import", "org.coachlogic.facts.*, org.coachlogic.spi.Finding"),
                List.of(),
                List.of("RuleTable Clinic"),
                List.of("CONDITION", "ACTION", "METADATA", "METADATA", "METADATA", "METADATA", "METADATA"),
                List.of("Activity"),
                List.of("$h : sedentaryHoursPerDay >= $param", "insert(Finding.because(\"$1\", $2));", "id(\"$param\")",
                        "category(\"$param\")", "priority(\"$param\")", "sources(\"$param\")", "reviewed(\"$param\")"),
                List.of("Sits at least", "Reason", "Id", "Category", "Priority", "Sources", "Reviewed"),
                List.of("8", "clinic.sitting, $h", "clinic.walk", "WALKING", "ADVICE", "who-2020", "2026-11-21")));

        // WHEN the engine is built
        // THEN the problem names file, sheet, row, column and cell
        assertThatThrownBy(() -> CoachingEngine.builder().withPack(pack).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("clinic.xlsx");
                            assertThat(problem.sheet()).isEqualTo("Clinic rules");
                            assertThat(problem.line()).isEqualTo(9);
                            assertThat(problem.column()).isEqualTo(4);
                            assertThat(problem.cell()).isEqualTo("D9");
                            assertThat(problem.toString()).isEqualTo("workbook: clinic.xlsx, sheet Clinic rules, cell D9 "
                                    + "(row 9, column D): rule \"Clinic_9\": @category is \"WALKING\", not one of "
                                    + "[SAFETY, ACTIVITY, LOAD, TECHNIQUE, RECOVERY, MINDSET, PROGRAMMING]");
                        }));
    }

    @Test
    void aWorkbookPackGivesTheSameRulesAsItsCsv(@TempDir Path pack) throws IOException {
        // GIVEN the sitting-bands table saved as a workbook instead of CSV
        Path csvPack = PACKS.resolve("table-sitting-bands");
        Files.copy(csvPack.resolve("pack.json"), pack.resolve("pack.json"));
        Files.copy(csvPack.resolve("messages.properties"), pack.resolve("messages.properties"));
        List<List<String>> rows = Files.readAllLines(csvPack.resolve("bands.csv")).stream()
                .map(line -> List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).stream()
                        .map(cell -> cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell)
                        .toList())
                .toList();
        writeWorkbook(pack.resolve("bands.xlsx"), "Bands", rows);

        // WHEN both are loaded
        List<RuleInfo> fromCsv = CoachingEngine.builder().withPack(csvPack).build().rules();
        List<RuleInfo> fromWorkbook = CoachingEngine.builder().withPack(pack).build().rules();

        // THEN they define the same rules
        assertThat(fromWorkbook).isEqualTo(fromCsv);
        assertThat(fromWorkbook).extracting(RuleInfo::id).contains("sitting.band-0", "sitting.band-14");
    }

    @Test
    void eightRangeRowsOnOneFieldEachReadThatField() {
        // GIVEN a table of eight bands of hours sitting (0-2, 2-4, ..., 14-25): many range conditions on one
        // field, the shape that Drools 10.2's alpha range index got wrong (it is off in the engine)
        CoachingEngine engine = CoachingEngine.builder().withPack(PACKS.resolve("table-sitting-bands")).build();

        for (int hours = 0; hours <= 24; hours++) {
            // WHEN a client sits that long, with a number of strength sessions that falls in another band
            Advice advice = engine.evaluate(ClientFacts.of(Client.of(40, Experience.INTERMEDIATE))
                    .withActivity(new Activity((double) hours, (hours + 5) % 21, null, null, null)));

            // THEN exactly the band of the hours sitting fires
            int band = Math.min(hours - hours % 2, 14);
            assertThat(advice.ids()).filteredOn(id -> id.startsWith("sitting."))
                    .as("sitting %d hours", hours).containsExactly("sitting.band-" + band);
        }
    }

    /** Writes rows into a one-sheet workbook; a run of equal cells ending in "..." becomes one merged cell. */
    static void writeWorkbook(Path file, String sheetName, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                int start = -1;
                for (int c = 0; c <= cells.size(); c++) {
                    String value = c < cells.size() ? cells.get(c) : "";
                    if (start >= 0 && !value.equals(cells.get(start))) {
                        if (c - 1 > start) {
                            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, start, c - 1));
                        }
                        start = -1;
                    }
                    if (c == cells.size()) {
                        break;
                    }
                    if (value.endsWith("...")) {
                        if (start < 0) {
                            start = c;
                            row.createCell(c).setCellValue(value.substring(0, value.length() - 3));
                        } else {
                            row.createCell(c);
                        }
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
