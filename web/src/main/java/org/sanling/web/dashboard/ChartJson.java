package org.sanling.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations as {@code <p:chart value="…">} takes them (PrimeFaces ships Chart.js; nothing comes
 * from elsewhere): responsive, filling the height of their box, without animation.
 */
final class ChartJson {

    /** One series: its legend label, its colour and a value per label. */
    record Series(String label, String color, List<? extends Number> values) {
    }

    private ChartJson() {
    }

    /** Lines over the labels (days), one per series. */
    static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, false);
    }

    /** Bars for each label, side by side per series; {@code horizontal} for long labels such as names. */
    static String bar(List<String> labels, List<Series> series, boolean horizontal) {
        return chart("bar", labels, series, horizontal);
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(v -> values.add(v.longValue()));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", values)
                    .add("borderColor", s.color()).add("backgroundColor", s.color()).add("tension", 0.2)
                    .add("pointRadius", 2));
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder countAxis = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder options = Json.createObjectBuilder();
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        options.add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", countAxis));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
