package org.sanling.web.dashboard;

import org.apache.poi.ss.usermodel.Row;
import org.sanling.summary.AreaFigures;
import org.sanling.summary.PeriodSummary;
import org.sanling.web.i18n.Messages;
import org.sanling.web.rest.Workbooks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A daily report (日报, or its week or month) as an Excel workbook: a row for the area and one for each of its
 * children, a column for each {@link FigureColumn}, headed in the reader's language.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static void write(PeriodSummary summary, Locale locale, OutputStream out) throws IOException {
        List<String> headers = new ArrayList<>();
        headers.add(Messages.text(locale, "report.column.area"));
        Arrays.stream(FigureColumn.values()).forEach(c -> headers.add(Messages.text(locale, c.key())));
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 11);
        widths[0] = 18;
        String sheet = Messages.text(locale, "report.export.sheet", summary.from().toString(), summary.to().toString());
        Workbooks.write(sheet, headers, widths, out, (workbook, s) -> {
            List<AreaFigures> lines = new ArrayList<>();
            lines.add(summary.area());
            lines.addAll(summary.children());
            int r = 1;
            for (AreaFigures line : lines) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(line.areaName());
                for (FigureColumn column : FigureColumn.values()) {
                    Number value = column.value(line.figures());
                    if (value != null) {
                        row.createCell(column.ordinal() + 1).setCellValue(value.doubleValue());
                    }
                }
            }
        });
    }
}
