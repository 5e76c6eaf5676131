package org.sanling.legalaid;

import java.util.Map;

/** The submission category a referral of a legal topic is filed under: the nearest there is, else 其他. */
final class ReferralCategory {

    static final String OTHER = "其他";

    private static final Map<String, String> BY_TOPIC = Map.of(
            "劳动争议", "劳动保障",
            "物业纠纷", "物业管理",
            "邻里纠纷", "邻里纠纷",
            "婚姻家庭", "邻里纠纷",
            "反诈", "治安");

    private ReferralCategory() {
    }

    static String of(LegalTopic topic) {
        return BY_TOPIC.getOrDefault(topic.getName(), OTHER);
    }
}
