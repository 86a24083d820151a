package org.parley.common.read;

import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** A planned part of an answer: the SQL expression building its JSON, and how that JSON becomes the value graphql-java completes. */
record Planned(String sql, Function<JsonNode, Object> read) {

    /** The value of this part's JSON, null for JSON null or absent. */
    Object valueOf(JsonNode json) {
        return json == null || json.isNull() ? null : read.apply(json);
    }
}
