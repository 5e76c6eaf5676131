package org.sanling.web.search;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.sanling.searchindex.SearchHit;
import org.sanling.searchindex.SearchRequest;
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.web.i18n.Messages;
import org.sanling.web.rest.Workbooks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * A search's result list as an Excel workbook: number, title, area, type, category, status and
 * created (Asia/Shanghai), headed in the reader's language, written as {@link Workbooks} writes exports.
 */
final class SearchResultsWorkbook {

    /** The most rows an export holds: the deepest a search can page. */
    static final int MAX_ROWS = SearchRequest.MAX_WINDOW;

    private static final List<String> COLUMNS = List.of("number", "title", "area", "type", "category", "status", "created");
    private static final int[] WIDTHS = {18, 40, 16, 10, 14, 10, 17};

    private SearchResultsWorkbook() {
    }

    static void write(List<SearchHit> hits, Locale locale, OutputStream out) throws IOException {
        List<String> headers = COLUMNS.stream().map(c -> Messages.text(locale, "search.export." + c)).toList();
        Workbooks.write(Messages.text(locale, "search.export.sheet"), headers, WIDTHS, out, (workbook, sheet) -> {
            CellStyle created = workbook.createCellStyle();
            created.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            int r = 1;
            for (SearchHit hit : hits) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(hit.number());
                row.createCell(1).setCellValue(hit.title());
                row.createCell(2).setCellValue(hit.areaName());
                row.createCell(3).setCellValue(SearchLabels.typeLabel(hit.type(), locale));
                row.createCell(4).setCellValue(hit.category());
                row.createCell(5).setCellValue(SearchLabels.statusLabel(hit.kind(), hit.status(), locale));
                row.createCell(6).setCellValue(hit.createdAt().atZone(DeadlinePolicy.ZONE).toLocalDateTime());
                row.getCell(6).setCellStyle(created);
            }
        });
    }
}
