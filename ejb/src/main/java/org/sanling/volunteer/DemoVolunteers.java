package org.sanling.volunteer;

import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.area.Area;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The demo volunteers: volunteer-01 … volunteer-40, spread over the district's communities, with skills. */
final class DemoVolunteers {

    static final List<String> SKILLS = List.of("急救", "驾驶", "摄影", "心理疏导", "手语", "电工", "法律", "英语", "理发", "书法");

    /** Skills of the named demo volunteers, so that leaders' suggestions rank them for something. */
    static final Map<String, Set<String>> NAMED_SKILLS = Map.of(
            "volunteer-a", Set.of("摄影", "英语"),
            "volunteer-b", Set.of("急救", "驾驶"));

    private static final List<String> NAMES = List.of(
            "刘佳怡", "陈志远", "杨秀英", "黄俊杰", "赵雪梅", "周子涵", "吴国庆", "徐婷婷", "孙立新", "胡晓燕",
            "朱明辉", "高丽娟", "林思琪", "何建华", "郭美玲", "马晓东", "罗文静", "梁振宇", "宋玉兰", "郑凯文",
            "谢雨欣", "韩卫东", "唐晓丽", "冯嘉怡", "于海波", "董淑珍", "程逸飞", "曹丽萍", "袁博文", "邓桂英",
            "许晨曦", "傅志刚", "沈晓梅", "曾宪明", "彭雅琴", "吕国强", "苏婉清", "卢俊峰", "蒋春燕", "蔡明杰");

    private DemoVolunteers() {
    }

    /**
     * New volunteer accounts, spread evenly over the given communities (every street gets some when they
     * come in code order), each with up to three skills drawn with {@code random}.
     */
    static List<Account> create(List<Area> communities, String passwordHash, Instant now, Random random) {
        List<Account> volunteers = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Area home = communities.get(i * communities.size() / NAMES.size());
            Account volunteer = new Account("volunteer-%02d".formatted(i + 1), NAMES.get(i), "1390000%04d".formatted(i + 1),
                    home, EnumSet.of(Role.VOLUNTEER), passwordHash, now);
            List<String> skills = new ArrayList<>(SKILLS);
            Collections.shuffle(skills, random);
            volunteer.changeSkills(Set.copyOf(skills.subList(0, random.nextInt(4))));
            volunteers.add(volunteer);
        }
        return volunteers;
    }
}
