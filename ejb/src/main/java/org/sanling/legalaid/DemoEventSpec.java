package org.sanling.legalaid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A demo event as written in {@code demo/legal-aid-events.tsv}, its day counted from today so that the demo
 * always has past and upcoming events.
 *
 * @param day    the event's day, in days from today (Asia/Shanghai); negative in the past
 * @param places how many lawyers, mediators and volunteers staff it (roles with none left out)
 */
record DemoEventSpec(String area, EventKind kind, String title, int day, LocalTime startsAt, int hours, List<String> topics,
                     Map<StaffRole, Integer> places, String place) {

    static final String RESOURCE = "demo/legal-aid-events.tsv";

    static List<DemoEventSpec> readAll() {
        var stream = DemoEventSpec.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the EJB module");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(DemoEventSpec::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoEventSpec parse(String line) {
        String[] f = line.split("\t");
        if (f.length != 11) {
            throw new IllegalArgumentException("11 tab-separated fields expected: " + line);
        }
        Map<StaffRole, Integer> places = new EnumMap<>(StaffRole.class);
        StaffRole[] roles = {StaffRole.LAWYER, StaffRole.MEDIATOR, StaffRole.VOLUNTEER};
        for (int i = 0; i < roles.length; i++) {
            int count = Integer.parseInt(f[7 + i]);
            if (count > 0) {
                places.put(roles[i], count);
            }
        }
        return new DemoEventSpec(f[0], EventKind.valueOf(f[1]), f[2], Integer.parseInt(f[3]), LocalTime.parse(f[4]),
                Integer.parseInt(f[5]), List.of(f[6].split("、")), Collections.unmodifiableMap(places), f[10]);
    }
}
