package io.netledger.query;

import java.util.regex.Pattern;

/**
 * A text cell of RFC 4180 CSV as NetLedger's reports write it. A cell that a spreadsheet would
 * run as a formula (it begins with =, +, -, @, a tab or a carriage return) is led by an apostrophe.
 */
public final class CsvCells {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String cell = FORMULA.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(cell).find() ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
