package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * One problem in a rule pack, located as precisely as the compiler allows.
 *
 * <p>For a DRL file, {@code line} and {@code column} are the position in the file. For a decision table
 * (CSV or XLSX), {@code line} is the spreadsheet row and {@code column} the spreadsheet column (1 for A),
 * {@code sheet} the worksheet (an XLSX file's; {@code null} for CSV) and {@code cell} the cell reference
 * such as {@code B7}.
 *
 * @param pack    the pack's name, or its location when the descriptor could not be read
 * @param file    the file within the pack, such as {@code clinic.drl}, {@code clinic.xlsx} or {@code pack.json}
 * @param line    line (or spreadsheet row) from 1, or 0 when the problem has no single line
 * @param column  column from 1, or 0 when not known
 * @param sheet   the worksheet of an XLSX table, or {@code null}
 * @param cell    the cell of a decision table, such as {@code B7}, or {@code null}
 * @param message what is wrong, in plain words
 */
@API(status = STABLE, since = "0.1")
public record RuleProblem(String pack, String file, int line, int column, String sheet, String cell, String message) {

    public RuleProblem {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A problem in a text file, at a line (0 when none) with no known column. */
    public RuleProblem(String pack, String file, int line, String message) {
        this(pack, file, line, 0, null, null, message);
    }

    @Override
    public String toString() {
        if (cell != null) {
            return pack + ": " + file + (sheet == null ? "" : ", sheet " + sheet) + ", cell " + cell + " (row " + line
                    + ", column " + cell.replaceAll("\\d", "") + "): " + message;
        }
        if (sheet != null) {
            return pack + ": " + file + ", sheet " + sheet + ": " + message;
        }
        return pack + ": " + file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
