package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Disputes;
import org.sanling.it.support.Jobs;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leader dashboard and the daily report (日报) in real Chromium on a 360-px phone, over figures the jobs
 * computed: charts drawn with data, the 三零 board counting a confirmed petition, a figure leading to exactly
 * the records it counts, the report printed and exported to Excel with the page's figures; a street leader
 * kept to their street, a volunteer kept out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT extends InChromium {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String STREET_A = "410702001";
    private static final String COMMUNITY_A = "410702001001";
    private static final String GRID_A = "410702001001001";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern TOTAL = Pattern.compile("/ (\\d+)");

    @Test
    void aLeaderSeesChartsAndTheBoardTheJobsComputedDrillsDownAndPrintsAndExportsTheReport() throws Exception {
        String title = "上访隐患 " + UUID.randomUUID().toString().substring(0, 8);
        fileConfirmedPetition(title);
        String dispute = "高风险纠纷 " + UUID.randomUUID().toString().substring(0, 8);
        Disputes.file(dispute, "HIGH");
        ApiClient admin = ApiClient.asDemo("admin");
        runJob(admin, "daily-summary");
        runJob(admin, "sanling-board");
        LocalDate today = LocalDate.now(SHANGHAI);

        List<String> foreignRequests = new ArrayList<>();
        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, "street-leader-a", Portal.DEMO_PASSWORD, foreignRequests);
            assertThat(page.locator("#home-dashboard")).isVisible();
            page.locator("#nav-dashboard").click();
            assertThat(page.locator("h1")).hasText("领导驾驶舱");
            // Last month's board, as the monthly job stored it.
            assertThat(page.locator("#board-source")).hasText("榜单由每月定时任务统计。");

            page.navigate(Portal.BASE + "/dashboard.xhtml?month=" + YearMonth.from(today));
            assertThat(page.locator("#trendChart canvas")).hasCount(1);
            page.waitForFunction("() => PF('trendChart') && PF('trendChart').chart");
            long received30 = ((Number) page.evaluate(
                    "PF('trendChart').chart.data.datasets[0].data.reduce((a, b) => a + b, 0)")).longValue();
            assertTrue(received30 > 0, "the 30-day chart has received submissions");
            assertEquals(30, ((Number) page.evaluate("PF('trendChart').chart.data.labels.length")).intValue());
            assertThat(page.locator("#childrenChart canvas")).hasCount(1);
            assertTrue(((Number) page.evaluate("PF('childrenChart').chart.data.labels.length")).intValue() > 0,
                    "a bar per community of the street");
            // The petition filed and accepted today counts on this month's board against its community.
            Locator community = page.locator("#board-communities tr[data-area='" + COMMUNITY_A + "']");
            assertThat(community).hasCount(1);
            assertTrue(Long.parseLong(community.locator("td").nth(2).innerText().strip()) >= 1, "petitions counted");
            assertThat(community.locator("td").nth(2)).hasClass(Pattern.compile("nonzero"));
            assertTrue(PortalPages.fitsPhone(page), "the dashboard fits a phone");
            screenshot(page, "dashboard-360");

            // Today's received figure leads to the queue with exactly the records it counts.
            Locator receivedToday = page.locator("#tile-received a.today");
            long counted = Long.parseLong(receivedToday.innerText().strip());
            assertTrue(counted >= 1, "today's submission counted");
            receivedToday.click();
            assertThat(page.locator("#list\\:table")).isVisible();
            assertThat(page.locator("#list\\:table")).containsText(title);
            Matcher total = TOTAL.matcher(page.locator("#list\\:table .ui-paginator-current").first().innerText());
            assertTrue(total.find(), "the queue says how many");
            assertEquals(counted, Long.parseLong(total.group(1)), "the queue lists what the figure counts");

            // The high-risk disputes open today lead to the register narrowed to exactly those; the board shows them.
            page.navigate(Portal.BASE + "/dashboard.xhtml?month=" + YearMonth.from(today));
            assertTrue(Long.parseLong(community.locator("td.high-risk").innerText().strip()) >= 1, "open high-risk on the board");
            Locator highRiskToday = page.locator("#tile-highRiskDisputesOpen a.today");
            long open = Long.parseLong(highRiskToday.innerText().strip());
            assertTrue(open >= 1, "the dispute filed today is open");
            highRiskToday.click();
            assertThat(page.locator("#narrowed")).isVisible();
            assertThat(page.locator("#list\\:table")).containsText(dispute);
            Matcher disputes = TOTAL.matcher(page.locator("#list\\:table .ui-paginator-current").first().innerText());
            assertTrue(disputes.find(), "the register says how many");
            assertEquals(open, Long.parseLong(disputes.group(1)), "the register lists what the figure counts");

            // The daily report of today: the street's line, exported to Excel with the same figures.
            page.navigate(Portal.BASE + "/report.xhtml?period=DAY&date=" + today);
            assertThat(page.locator("h1")).hasText("日报");
            Locator streetLine = page.locator("#report tr[data-area='" + STREET_A + "']");
            assertThat(streetLine).hasCount(1);
            assertEquals(String.valueOf(counted), streetLine.locator("td[data-column='RECEIVED']").innerText().strip());
            assertTrue(PortalPages.fitsPhone(page), "the report fits a phone: its table scrolls inside");
            screenshot(page, "report-360");
            List<String> pageFigures = streetLine.locator("td").allInnerTexts().stream().map(String::strip).toList();
            Download download = page.waitForDownload(() -> page.locator("#export").click());
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                DataFormatter formatter = new DataFormatter();
                assertEquals("区域", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals("收到", sheet.getRow(0).getCell(1).getStringCellValue());
                Row row = sheet.getRow(1);
                assertEquals(pageFigures.size() + 1, sheet.getRow(0).getLastCellNum(), "a column per figure");
                for (int c = 0; c < pageFigures.size(); c++) {
                    String cell = row.getCell(c + 1) == null ? "–" : formatter.formatCellValue(row.getCell(c + 1));
                    assertEquals(number(pageFigures.get(c)), number(cell), "column " + (c + 1) + " of the export");
                }
            }

            // Printed: no menu, no controls, the table whole.
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(".mainnav")).isHidden();
            assertThat(page.locator("#pick")).isHidden();
            assertThat(page.locator("#export")).isHidden();
            assertThat(page.locator("#report")).isVisible();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            assertThat(page.locator(".mainnav")).isVisible();
        }
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }

    @Test
    void aStreetLeaderCannotSeeAnotherStreetAndAVolunteerCannotOpenTheDashboard() {
        List<String> foreignRequests = new ArrayList<>();
        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, "street-leader-b", Portal.DEMO_PASSWORD, foreignRequests);
            page.navigate(Portal.BASE + "/dashboard.xhtml");
            assertThat(page.locator("#area option")).not().hasCount(0);
            assertThat(page.locator("#area option[value='" + STREET_A + "']")).hasCount(0);
            assertThat(page.locator("#area option[value='410702002']")).hasCount(1);

            page.navigate(Portal.BASE + "/dashboard.xhtml?area=" + STREET_A);
            assertThat(page.locator("#messages")).containsText("该内容超出您的管辖范围。");
            assertThat(page.locator("#trendChart")).hasCount(0);
            assertThat(page.locator("#board-streets")).hasCount(0);

            page.navigate(Portal.BASE + "/report.xhtml?area=" + COMMUNITY_A);
            assertThat(page.locator("#messages")).containsText("该内容超出您的管辖范围。");
            assertThat(page.locator("#report")).hasCount(0);
        }
        assertEquals(403, ApiClient.asDemo("street-leader-b").get("/api/v1/reports/export?areaCode=" + STREET_A).status());

        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, "volunteer-a", Portal.DEMO_PASSWORD, foreignRequests);
            assertThat(page.locator("#nav-dashboard")).hasCount(0);
            assertThat(page.locator("#home-dashboard")).hasCount(0);
            Response response = page.navigate(Portal.BASE + "/dashboard.xhtml");
            assertEquals(403, response.status());
            assertEquals(403, page.navigate(Portal.BASE + "/report.xhtml").status());
        }
        assertEquals(403, ApiClient.asDemo("volunteer-a").get("/api/v1/reports/export").status());
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }

    /** Files a petition-tagged submission in street A's first grid and has the street leader accept it. */
    private static void fileConfirmedPetition(String title) {
        var filed = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "DISPUTE").add("category", "邻里纠纷")
                .add("areaCode", GRID_A).add("place", "梦萦小区5号楼").add("title", title)
                .add("content", "两户因漏水多次争吵，一方扬言要去上访。").add("urgency", "NORMAL")
                .add("dimension", "PETITION").add("citizenConsent", false).build());
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        var accepted = ApiClient.asDemo("street-leader-a").post("/api/v1/submissions/" + id + "/actions",
                Json.createObjectBuilder().add("action", "ACCEPT").build());
        assertEquals(200, accepted.status(), accepted.body());
    }

    /** Runs the job now as an administrator and waits for its run to succeed. */
    private static void runJob(ApiClient admin, String job) throws InterruptedException {
        JsonObject run = Jobs.runNow(admin, job);
        assertEquals("SUCCEEDED", run.getString("outcome"), run.toString());
    }

    /** A figure as a number to compare (rates and hours with their decimals); "–" (none) as null. */
    private static Double number(String text) {
        String t = text.strip();
        return t.isEmpty() || t.equals("–") ? null : Double.valueOf(t);
    }

    /** Keeps a picture of the page for a person to look at (target/screenshots). */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
