package org.parley.dataset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Anyone may export the dataset when the operator says so (`PARLEY_DATASET_EXPORT_PUBLIC`). */
@QuarkusTest
@TestProfile(PublicExportTest.Public.class)
class PublicExportTest {

    public static class Public implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.dataset.export-public", "true");
        }
    }

    @Test
    void anonymousCallersGetTheFile() {
        given().get("/dataset").then().statusCode(200).body("format", is("parley-dataset"));
    }
}
