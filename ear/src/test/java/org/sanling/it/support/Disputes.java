package org.sanling.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Filing and working disputes through the REST API as the demo district's people, for the disputes' tests. */
public final class Disputes {

    /** 梦萦小区第1网格, handler-a's grid, in street-leader-a's street (西街街道). */
    public static final String GRID = "410702001001001";
    /** The phone of the first party of every dispute made here. */
    public static final String PHONE = "13812345678";

    private Disputes() {
    }

    /** A dispute to file: two parties, the first with {@link #PHONE}; add a source or change the kind as needed. */
    public static JsonObjectBuilder dispute(UUID clientId, String areaCode, String title, String riskLevel) {
        return Json.createObjectBuilder()
                .add("clientId", clientId.toString()).add("areaCode", areaCode).add("title", title)
                .add("description", "3号楼502卫生间漏水至402，双方多次争吵，402住户扬言报复。").add("kind", "邻里纠纷")
                .add("riskLevel", riskLevel).add("riskReasons", "一方扬言报复")
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "李建国").add("phone", PHONE).add("side", "申请方"))
                        .add(Json.createObjectBuilder().add("name", "王芳").add("side", "被申请方")));
    }

    /** Files a screened dispute in the grid as handler-a; its id. */
    public static String file(String title, String riskLevel) {
        var filed = ApiClient.asDemo("handler-a").post("/api/v1/disputes", dispute(UUID.randomUUID(), GRID, title, riskLevel).build());
        assertEquals(201, filed.status(), filed.body());
        return filed.json().getString("id");
    }

    /** Takes an action on the dispute. */
    public static ApiClient.Reply act(ApiClient who, String id, JsonObjectBuilder body) {
        return who.post("/api/v1/disputes/" + id + "/actions", body.build());
    }

    /** An action's body, to add the fields it needs to. */
    public static JsonObjectBuilder action(String action) {
        return Json.createObjectBuilder().add("action", action);
    }

    /** Moves a dispute of the grid to MEDIATING with lawyer-01 as its mediator. */
    public static void toMediation(String id) {
        assertEquals(200, act(ApiClient.asDemo("street-leader-a"), id, action("ASSIGN").add("mediator", "lawyer-01")).status());
        var mediated = act(ApiClient.asDemo("lawyer-01"), id, action("MEDIATE").add("note", "双方到场，各自陈述。")
                .add("place", "梦萦小区人民调解室").add("attendees", "李建国、王芳"));
        assertEquals(200, mediated.status(), mediated.body());
    }
}
