package org.sanling.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartJsonTest {

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aLineChartHasALabelPerDayAndAValuePerLabelInEachSeries() {
        JsonObject chart = read(ChartJson.line(List.of("12-01", "12-02"), List.of(
                new ChartJson.Series("收到", "#c62828", List.of(3L, 0L)),
                new ChartJson.Series("办结 \"全部\"", "#2e7d32", List.of(1L, 2L)))));
        assertEquals("line", chart.getString("type"));
        assertEquals(List.of("12-01", "12-02"), chart.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("办结 \"全部\"", datasets.getJsonObject(1).getString("label"));
        assertEquals(3, datasets.getJsonObject(0).getJsonArray("data").getInt(0));
        JsonObject options = chart.getJsonObject("options");
        assertTrue(options.getBoolean("responsive"));
        assertFalse(options.getBoolean("maintainAspectRatio"));
        assertTrue(options.getJsonObject("scales").containsKey("y"));
        assertFalse(options.containsKey("indexAxis"));
    }

    @Test
    void aHorizontalBarChartCountsAlongX() {
        JsonObject chart = read(ChartJson.bar(List.of("梦萦小区"), List.of(
                new ChartJson.Series("收到", "#c62828", List.of(7))), true));
        assertEquals("bar", chart.getString("type"));
        JsonObject options = chart.getJsonObject("options");
        assertEquals("y", options.getString("indexAxis"));
        assertTrue(options.getJsonObject("scales").getJsonObject("x").getBoolean("beginAtZero"));
    }
}
