package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lists admins keep besides submission categories, over REST: campaign categories and legal topics
 * are added, renamed and switched off by admins only, with names unique in each list, and what is
 * switched off is no longer offered where people choose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminListsIT {

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    private static JsonObject names(String name, String nameEn) {
        return Json.createObjectBuilder().add("name", name).add("nameEn", nameEn).build();
    }

    private static JsonObject added(String list, String name) {
        var added = ApiClient.asDemo("admin").post(list, names(name, "Test " + name));
        assertEquals(201, added.status(), added.body());
        assertTrue(added.json().getBoolean("active"));
        return added.json();
    }

    private static boolean offers(String offeredAt, String id, String language) {
        return ApiClient.asDemo("volunteer-a").inLanguage(language).get(offeredAt).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> c.getString("id").equals(id));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/campaign-categories, /api/v1/campaigns/categories",
            "/api/v1/campaign-categories, /api/v1/campaign-categories",
            "/api/v1/legal-aid/topics, /api/v1/legal-aid/topics"})
    void anAdminAddsRenamesAndSwitchesOffAnEntryWhichIsThenNoLongerOffered(String list, String offeredAt) {
        String id = added(list, unique("测试")).getString("id");
        assertTrue(offers(offeredAt, id, "zh-CN"), "a new entry is offered at once");

        String name = unique("改名");
        var renamed = ApiClient.asDemo("admin").put(list + "/" + id,
                Json.createObjectBuilder(names(name, "Renamed " + name)).add("active", true).build());
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(name, renamed.json().getString("name"));
        var offeredInEnglish = ApiClient.asDemo("volunteer-a").inLanguage("en").get(offeredAt).body();
        assertTrue(offeredInEnglish.contains("Renamed " + name), offeredInEnglish);

        var off = ApiClient.asDemo("admin").put(list + "/" + id,
                Json.createObjectBuilder(names(name, "Renamed " + name)).add("active", false).build());
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().getBoolean("active"));
        assertFalse(offers(offeredAt, id, "zh-CN"), "an entry switched off is not offered");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/campaign-categories, 活动类别, campaign category",
            "/api/v1/legal-aid/topics, 法律主题, legal topic"})
    void aTakenBlankOrLongNameIsSaidOnItsFieldInTheCallersLanguage(String list, String nounZh, String nounEn) {
        String taken = unique("占用");
        added(list, taken);
        var again = ApiClient.asDemo("admin").post(list, names(taken, "Another"));
        assertEquals(409, again.status(), again.body());
        assertEquals("已有名为“" + taken + "”的" + nounZh + "。", again.fieldError("name"));
        var againInEnglish = ApiClient.asDemo("admin").inLanguage("en").post(list, names(" " + taken + " ", "Another"));
        assertEquals("There is already a " + nounEn + " named \"" + taken + "\".", againInEnglish.fieldError("name"));

        String other = added(list, unique("其它")).getString("id");
        var renamedOntoIt = ApiClient.asDemo("admin").put(list + "/" + other, names(taken, "Another"));
        assertEquals(409, renamedOntoIt.status(), renamedOntoIt.body());

        var blank = ApiClient.asDemo("admin").post(list, names(" ", ""));
        assertEquals(400, blank.status(), blank.body());
        assertEquals("请填写中文名称。", blank.fieldError("name"));
        assertEquals("请填写英文名称。", blank.fieldError("nameEn"));
        var tooLong = ApiClient.asDemo("admin").inLanguage("en").put(list + "/" + other, names("长".repeat(41), "Long"));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("The Chinese name has at most 40 characters.", tooLong.fieldError("name"));

        assertEquals(404, ApiClient.asDemo("admin").put(list + "/999999999", names(unique("无"), "None")).status());
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/campaign-categories, street-leader-a",
            "/api/v1/campaign-categories, volunteer-a",
            "/api/v1/legal-aid/topics, district-leader",
            "/api/v1/legal-aid/topics, volunteer-b"})
    void onlyAdminsKeepTheLists(String list, String username) {
        ApiClient someone = ApiClient.asDemo(username);
        assertEquals(403, someone.post(list, names(unique("越权"), "Not mine")).status());
        String id = added(list, unique("管理")).getString("id");
        var switchedOff = someone.put(list + "/" + id, Json.createObjectBuilder(names(unique("越权"), "Not mine")).add("active", false).build());
        assertEquals(403, switchedOff.status(), switchedOff.body());
        assertTrue(offers(list, id, "zh-CN"), "still offered");
    }
}
