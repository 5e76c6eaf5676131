package org.sanling.it.support;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the portal's Excel exports back, as someone opening them would see them. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** The cells of the first sheet as the spreadsheet shows them, row by row. */
    public static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter shown = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }
}
