package org.sanling.volunteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A demo campaign as written in {@code demo/volunteer-campaigns.tsv}, its days counted from today so that
 * the demo always has past and upcoming shifts.
 *
 * @param firstDay    day of the first shift, in days from today (Asia/Shanghai); negative in the past
 * @param daysBetween days from one shift to the next; 0 for a morning and an afternoon shift each day
 * @param featured    which named demo volunteers are on the first shift: {@code a} for volunteer-a,
 *                    {@code b} for volunteer-b, both or none
 */
record DemoCampaignSpec(String area, String category, String title, CampaignStatus status, int firstDay, int shifts,
                        int daysBetween, Demand demand, String featured, String place, List<String> skills,
                        String description) {

    static final String RESOURCE = "demo/volunteer-campaigns.tsv";

    /** How the upcoming shifts were taken up; shifts already started were never more than full. */
    enum Demand {
        /** Some places taken. */
        PARTLY_FILLED,
        /** Every place taken and volunteers waiting, the named ones first. */
        FULL,
        /** As {@link #FULL}, then a volunteer gave up their place and the first waiting one was promoted. */
        FREED
    }

    static List<DemoCampaignSpec> readAll() {
        var stream = DemoCampaignSpec.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the EJB module");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(DemoCampaignSpec::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoCampaignSpec parse(String line) {
        String[] f = line.split("\t");
        if (f.length != 12) {
            throw new IllegalArgumentException("12 tab-separated fields expected: " + line);
        }
        Demand demand = switch (f[7]) {
            case "-" -> Demand.PARTLY_FILLED;
            case "full" -> Demand.FULL;
            case "freed" -> Demand.FREED;
            default -> throw new IllegalArgumentException("demand -, full or freed expected: " + line);
        };
        return new DemoCampaignSpec(f[0], f[1], f[2], CampaignStatus.valueOf(f[3]), Integer.parseInt(f[4]),
                Integer.parseInt(f[5]), Integer.parseInt(f[6]), demand, none(f[8]), f[9],
                none(f[10]).isEmpty() ? List.of() : List.of(f[10].split("、")), f[11]);
    }

    private static String none(String field) {
        return field.equals("-") ? "" : field;
    }
}
