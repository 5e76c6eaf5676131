package org.sanling.supervision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A real citizen message with its official reply, shortened ({@code demo/citizen-messages.tsv}: 第八届泰迪杯数据挖掘挑战赛
 * C题, TipDM, 2020; see {@code data/citizen-messages.README.md}): what the demo's submissions, patrol events and
 * disputes are made of.
 */
public record DemoMessage(String title, String content, String reply) {

    private static final String MESSAGES = "demo/citizen-messages.tsv";

    /** All of them, in the file's order. */
    public static List<DemoMessage> readAll() {
        var stream = DemoMessage.class.getClassLoader().getResourceAsStream(MESSAGES);
        if (stream == null) {
            throw new IllegalStateException(MESSAGES + " is missing from the EJB module");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", 3))
                    .filter(parts -> parts.length == 3).map(parts -> new DemoMessage(parts[0], parts[1], parts[2])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
