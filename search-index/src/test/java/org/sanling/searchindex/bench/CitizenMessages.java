package org.sanling.searchindex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real citizen messages the benchmark mixes into documents: {@code citizen-messages.csv},
 * data of 第八届泰迪杯数据挖掘挑战赛 C题 (TipDM, 2020); see its README for source and caveats.
 */
final class CitizenMessages {

    /** One message: its title and the sentences of its detail. */
    record Message(String title, List<String> sentences) {
    }

    private CitizenMessages() {
    }

    static List<Message> read(Path csv) throws IOException {
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int title = header.indexOf("title");
        int detail = header.indexOf("detail");
        List<Message> messages = new ArrayList<>(rows.size());
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> sentences = sentences(row.get(detail));
            if (!row.get(title).isBlank() && !sentences.isEmpty()) {
                messages.add(new Message(row.get(title), sentences));
            }
        }
        return messages;
    }

    /** Splits after Chinese and ASCII sentence ends, keeping the punctuation with its sentence. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=[。！？!?；])")) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.trim());
            }
        }
        return sentences;
    }

    /** RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and newlines. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
