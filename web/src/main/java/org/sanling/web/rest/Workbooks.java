package org.sanling.web.rest;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Excel exports as the portal writes them: one sheet, a bold frozen header row, the columns' widths, then the
 * rows the caller writes. Streaming (SXSSF): only a window of rows is in memory, the rest goes to a temporary
 * file that is deleted afterwards.
 */
public final class Workbooks {

    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 200;

    /** Writes the rows below the header, starting at row 1. */
    @FunctionalInterface
    public interface Body {
        void write(SXSSFWorkbook workbook, Sheet sheet) throws IOException;
    }

    private Workbooks() {
    }

    /**
     * Writes a workbook of one sheet to {@code out}.
     *
     * @param headers the column headings, in the reader's language
     * @param widths  each column's width in characters
     */
    public static void write(String sheetName, List<String> headers, int[] widths, OutputStream out, Body body)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            body.write(workbook, sheet);
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }
}
