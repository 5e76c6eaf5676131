package org.sanling.searchindex.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;

/**
 * Documents made by mixing real messages: a real title and two to eight sentences taken from random
 * messages, in a random grid of the {@link AreaTree}, created at a random time in eight years. The
 * same seed and number give the same document, whichever thread makes it.
 */
final class SyntheticCorpus {

    private static final Instant START = Instant.parse("2018-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(8 * 365 + 2).toSeconds();
    private static final String[] TYPES = {"COMPLAINT", "COMPLAINT", "COMPLAINT", "REQUEST", "REQUEST", "SUGGESTION", "CONSULTATION"};
    private static final String[] CATEGORIES = {"劳动和社会保障", "城乡建设", "教育文体", "卫生计生", "交通运输", "商贸旅游", "环境保护"};
    private static final String[] STATUSES = {"RECEIVED", "ASSIGNED", "IN_PROGRESS", "IN_PROGRESS", "RESOLVED", "RESOLVED", "CLOSED", "CLOSED", "CLOSED"};

    private final List<CitizenMessages.Message> messages;
    private final AreaTree areas;
    private final long seed;

    SyntheticCorpus(List<CitizenMessages.Message> messages, AreaTree areas, long seed) {
        this.messages = messages;
        this.areas = areas;
        this.seed = seed;
    }

    SearchDocument document(int number) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        String title = pick(random).title();
        StringBuilder content = new StringBuilder();
        for (int sentences = 2 + random.nextInt(7); sentences > 0; sentences--) {
            List<String> source = pick(random).sentences();
            content.append(source.get(random.nextInt(source.size())));
        }
        List<String> path = areas.gridPaths().get(random.nextInt(areas.gridPaths().size()));
        Instant created = START.plusSeconds(random.nextLong(SPAN_SECONDS));
        int kindRoll = random.nextInt(100);
        DocumentKind kind = kindRoll < 90 ? DocumentKind.SUBMISSION : kindRoll < 97 ? DocumentKind.CONSULTATION : DocumentKind.EVENT;
        String areaCode = path.get(path.size() - 1);
        return new SearchDocument(
                Integer.toString(number),
                kind,
                String.format("SQ-%d-%06d", created.atZone(SearchDocument.MONTH_ZONE).getYear(), number),
                title,
                content.toString(),
                areaCode,
                "网格" + areaCode.substring(areaCode.length() - 6),
                path,
                TYPES[random.nextInt(TYPES.length)],
                CATEGORIES[random.nextInt(CATEGORIES.length)],
                STATUSES[random.nextInt(STATUSES.length)],
                created,
                random.nextInt(20) == 0,
                0);
    }

    private CitizenMessages.Message pick(SplittableRandom random) {
        return messages.get(random.nextInt(messages.size()));
    }
}
