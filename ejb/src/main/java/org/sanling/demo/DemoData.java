package org.sanling.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.account.Department;
import org.sanling.account.PasswordHasher;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaLevel;
import org.sanling.area.AreaService;
import org.sanling.audit.AuditService;
import org.sanling.dispute.DemoDisputes;
import org.sanling.legalaid.DemoLegalAid;
import org.sanling.patrol.DemoPatrols;
import org.sanling.summary.SummaryComputer;
import org.sanling.supervision.DemoSubmissions;
import org.sanling.volunteer.DemoCampaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the demo district and one account per role, once: a database that already has the district is
 * left as it is, so restarts keep what people did.
 */
@Stateless
public class DemoData {

    public static final String PASSWORD = "Sanling@2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** username, display name, phone, home area code, roles */
    private record DemoAccount(String username, String displayName, String phone, String areaCode, Role... roles) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "系统管理员", "13800000001", "410702", Role.ADMIN),
            new DemoAccount("district-leader", "王建国", "13800000002", "410702", Role.LEADER),
            new DemoAccount("street-leader-a", "李红梅", "13800000003", "410702001", Role.LEADER),
            new DemoAccount("street-leader-b", "赵志强", "13800000004", "410702002", Role.LEADER),
            new DemoAccount("supervisor-a", "陈秀兰", "13800000005", "410702001001", Role.SUPERVISOR),
            new DemoAccount("handler-a", "刘伟", "13800000006", "410702001001001", Role.HANDLER),
            new DemoAccount("volunteer-a", "张小雨", "13800000007", "410702001002", Role.VOLUNTEER),
            new DemoAccount("volunteer-b", "孙浩然", "13800000008", "410702001001", Role.VOLUNTEER));

    /** One supervisor per street besides supervisor-a, so the demo submissions come from everywhere. */
    private static final List<String> STREET_SUPERVISORS = List.of("周敏", "吴强", "郑丽", "王芳", "冯军", "陈静", "褚浩", "卫红");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoSubmissions submissions;

    @Inject
    private DemoCampaigns campaigns;

    @Inject
    private DemoLegalAid legalAid;

    @Inject
    private DemoPatrols patrols;

    @Inject
    private DemoDisputes disputes;

    @Inject
    private AreaService areas;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditService audit;

    @Inject
    private SummaryComputer summaries;

    @Inject
    private Clock clock;

    /** How many days back the demo records go (a year), and so the daily summaries computed for them. */
    private static final int DEMO_DAYS = 366;

    /** District departments submissions can be dispatched to, each with one handler: username, name. */
    private static final List<List<String>> DEPARTMENTS = List.of(
            List.of("dept-urban", "红旗区城市管理局"), List.of("dept-housing", "红旗区住房和城乡建设局"),
            List.of("dept-police", "新乡市公安局红旗分局"));

    /**
     * A supervisor for each street (supervisor-01 … 08, in its first community), a handler for each
     * community (handler-&lt;community code&gt;), so every grid has someone to dispatch to, and the
     * district's departments with a handler each (dept-urban, dept-housing, dept-police).
     */
    private int persistStaff(List<Area> tree, String hash) {
        int count = 0;
        for (List<String> department : DEPARTMENTS) {
            Department unit = new Department(department.get(1), tree.get(0));
            em.persist(unit);
            Account handler = new Account(department.get(0), department.get(1) + "办事员", null, tree.get(0),
                    EnumSet.of(Role.HANDLER), hash, clock.instant());
            handler.joinDepartment(unit);
            em.persist(handler);
            count++;
        }
        int street = 0;
        for (Area area : tree) {
            if (area.getLevel() == AreaLevel.COMMUNITY) {
                em.persist(new Account("handler-" + area.getCode(), area.getName() + "网格员", null, area,
                        EnumSet.of(Role.HANDLER), hash, clock.instant()));
                count++;
                if (area.getCode().endsWith("001")) {
                    em.persist(new Account("supervisor-%02d".formatted(++street), STREET_SUPERVISORS.get(street - 1), null,
                            area, EnumSet.of(Role.SUPERVISOR), hash, clock.instant()));
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The daily summaries of the demo year up to today and the 三零 boards of its past months, as the jobs would
     * have stored them, so that leaders see figures at once.
     */
    private String summarise(Instant now) {
        em.flush();
        em.clear(); // the queries below would check every loaded entity for changes before each run
        long started = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(now, SummaryComputer.ZONE);
        LocalDate first = today.minusDays(DEMO_DAYS);
        long rows = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            rows += summaries.computeDay(day, now);
        }
        for (YearMonth month = YearMonth.from(first); month.isBefore(YearMonth.from(today)); month = month.plusMonths(1)) {
            summaries.computeBoard(month, now);
        }
        return (DEMO_DAYS + 1) + " daily summaries (" + rows + " area rows) and 三零 boards since " + YearMonth.from(first)
                + " in " + (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    public void loadIfAbsent() {
        if (areas.districtRoot().isPresent()) {
            return;
        }
        long started = System.nanoTime();
        List<Area> tree = DemoAreaTree.build();
        tree.forEach(em::persist);
        Map<String, Area> byCode = tree.stream().collect(Collectors.toMap(Area::getCode, Function.identity()));
        // All demo accounts share one password, so one PBKDF2 computation serves them all.
        String hash = hasher.hash(PASSWORD);
        for (DemoAccount demo : ACCOUNTS) {
            em.persist(new Account(demo.username(), demo.displayName(), demo.phone(), byCode.get(demo.areaCode()),
                    EnumSet.of(demo.roles()[0], demo.roles()), hash, clock.instant()));
        }
        int staff = persistStaff(tree, hash);
        em.flush();
        int filed = submissions.load(clock.instant());
        String volunteering = campaigns.load(clock.instant(), hash);
        String legalAidEvents = legalAid.load(clock.instant(), hash);
        // Patrols before disputes, some of which were met on a patrol.
        String walked = patrols.load(clock.instant());
        String register = disputes.load(clock.instant());
        String summarised = summarise(clock.instant());
        audit.recordBy(AuditService.SYSTEM, "DEMO_LOADED", "area", DemoAreaTree.DISTRICT_CODE,
                tree.size() + " areas, " + (ACCOUNTS.size() + staff) + " accounts, " + filed + " submissions, " + volunteering
                        + ", " + legalAidEvents + ", " + walked + ", " + register + ", " + summarised);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Demo data loaded in " + millis + " ms: " + tree.size() + " areas, " + filed + " submissions, " + volunteering
                + ", " + legalAidEvents + ", " + walked + ", " + register + ", " + summarised + "; logins " + ACCOUNTS.stream().map(DemoAccount::username).collect(Collectors.joining(", "))
                + ", volunteer-01 … volunteer-40, lawyer-01 … lawyer-04, mediator-01 … mediator-03 with password " + PASSWORD);
    }
}
