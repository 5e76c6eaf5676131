package org.sanling.web.search;

import org.sanling.searchindex.DocumentKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Links into the search page from other pages, in the URL parameters {@link SearchView} reads. */
public final class SearchLinks {

    private SearchLinks() {
    }

    /** A category's submissions of a month in an area's subtree, as a link from the context path. */
    public static String submissionsOfCategory(String areaCode, String category, YearMonth month) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("area", areaCode);
        parameters.put("kind", DocumentKind.SUBMISSION.name());
        parameters.put("category", category);
        parameters.put("month", month.toString());
        return "/search.xhtml?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
