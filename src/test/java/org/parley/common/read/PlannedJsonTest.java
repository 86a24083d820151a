package org.parley.common.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.JsonProviderHolder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A planned object ({@link PlannedJson.Obj}) answers as the JSON-P provider's own object with the same members. */
class PlannedJsonTest {

    private static PlannedJson.Obj planned() {
        PlannedJson.Obj object = new PlannedJson.Obj(6);
        object.add("name", PlannedJson.scalar("Türkiye \"host\""));
        object.add("rounds", PlannedJson.scalar(3));
        object.add("direct", PlannedJson.scalar(true));
        object.add("share", PlannedJson.scalar(0.5f));
        object.add("head", JsonValue.NULL);
        object.add("cities", PlannedJson.array().add(PlannedJson.scalar("Istanbul")).add(PlannedJson.scalar(Long.MAX_VALUE)).build());
        return object;
    }

    private static JsonObject providers() {
        return JsonProviderHolder.JSON_PROVIDER.createObjectBuilder().add("name", "Türkiye \"host\"").add("rounds", 3).add("direct", true)
                .add("share", new BigDecimal("0.5")).addNull("head")
                .add("cities", JsonProviderHolder.JSON_PROVIDER.createArrayBuilder().add("Istanbul").add(Long.MAX_VALUE)).build();
    }

    @Test
    void writtenAndComparedAsTheProvidersObject() {
        assertEquals(providers().toString(), planned().toString());
        assertEquals(providers(), planned());
        assertEquals(List.copyOf(providers().keySet()), List.copyOf(planned().keySet()), "the order added");
    }

    @Test
    void gettersAnswerAsTheProvidersDo() {
        JsonObject planned = planned();
        assertEquals("Türkiye \"host\"", planned.getString("name"));
        assertEquals("fallback", planned.getString("rounds", "fallback"));
        assertEquals(3, planned.getInt("rounds"));
        assertEquals(7, planned.getInt("missing", 7));
        assertTrue(planned.getBoolean("direct"));
        assertFalse(planned.getBoolean("name", false));
        assertTrue(planned.isNull("head"));
        assertTrue(planned.containsKey("head"));
        assertFalse(planned.containsKey("missing"));
        assertEquals("Istanbul", planned.getJsonArray("cities").getString(0));
        assertThrows(NullPointerException.class, () -> planned.getString("missing"));
        assertThrows(NullPointerException.class, () -> planned.isNull("missing"));
        assertThrows(ClassCastException.class, () -> planned.getBoolean("name"));
    }
}
