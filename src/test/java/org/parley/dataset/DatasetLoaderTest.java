package org.parley.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.parley.GraphQLClient.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;

/** A broken dataset file is refused with the file, record and field named, and leaves the database as it was. */
@QuarkusTest
class DatasetLoaderTest {

    private static final String HEAD = "{\"format\": \"parley-dataset\", \"version\": 1, ";
    private static final String SOURCES = "\"sources\": [{\"key\": \"s\", \"url\": \"https://example.org/a\", \"publishedOn\": \"2025-01-02\"}]";
    private static final String PARTY = "{\"key\": \"p\", \"name\": \"Testland\", \"kind\": \"STATE\", \"sources\": [\"s\"]}";

    @Inject
    DatasetLoader loader;

    @TempDir
    Path dir;

    private String refusal(String json) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, json);
        return assertThrows(DatasetException.class, () -> loader.load(file)).getMessage();
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() throws IOException {
        String message = refusal(HEAD + SOURCES + ",\n \"parties\": [ {\"key\": } ] }");
        assertThat(message, containsString("broken.json"));
        assertThat(message, containsString("not valid JSON at line 2"));
    }

    @Test
    void anotherFormatOrVersionIsRefused() throws IOException {
        assertThat(refusal("{\"format\": \"csv\", \"version\": 1}"), containsString("field 'format': must be \"parley-dataset\""));
        assertThat(refusal("{\"format\": \"parley-dataset\", \"version\": 7}"), containsString("field 'version': this Parley reads versions 1 to 4"));
    }

    @Test
    void anUnknownFieldNamesRecordAndField() throws IOException {
        String message = refusal(HEAD + SOURCES + ", \"parties\": [" + PARTY + ", {\"key\": \"q\", \"nmae\": \"X\"}]}");
        assertThat(message, containsString("dataset file '" + dir.resolve("broken.json") + "': record parties[1] (key 'q'): field 'nmae': unknown field"));
    }

    @Test
    void badValuesNameTheirField() throws IOException {
        assertThat(refusal(HEAD + SOURCES + ", \"parties\": [{\"key\": \"p\", \"name\": \"T\", \"kind\": \"EMPIRE\", \"sources\": [\"s\"]}]}"),
                containsString("record parties[0] (key 'p'): field 'kind': 'EMPIRE' is not one of STATE, ARMED_GROUP"));
        assertThat(refusal(HEAD + "\"sources\": [{\"key\": \"s\", \"url\": \"https://example.org\", \"publishedOn\": \"23 July\"}]}"),
                containsString("record sources[0] (key 's'): field 'publishedOn': '23 July' is not an ISO-8601 date"));
        assertThat(refusal(HEAD + "\"sources\": [{\"key\": \"s\", \"url\": \"example.org\"}]}"),
                containsString("field 'url': must be an absolute http(s) URL"));
    }

    @Test
    void everyFactMustCiteASourceAndReferencesMustResolve() throws IOException {
        assertThat(refusal(HEAD + SOURCES + ", \"parties\": [{\"key\": \"p\", \"name\": \"T\", \"kind\": \"STATE\"}]}"),
                containsString("record parties[0] (key 'p'): field 'sources': cite at least one source, by its key"));
        assertThat(refusal(HEAD + SOURCES + ", \"parties\": [" + PARTY + "], \"people\": [{\"key\": \"x\", \"name\": \"X\", "
                + "\"party\": \"atlantis\", \"sources\": [\"s\"]}]}"),
                containsString("record people[0] (key 'x'): field 'party': no Party has key 'atlantis'"));
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNotConverted() throws IOException {
        assertThat(refusal(HEAD + SOURCES + ", \"parties\": [{\"key\": \"p\", \"name\": 7, \"kind\": \"STATE\", \"sources\": [\"s\"]}]}"),
                containsString("record parties[0] (key 'p'): field 'name': must be a string"));
        assertThat(refusal(HEAD + SOURCES + ", \"parties\": [{\"key\": \"p\", \"name\": \"T\", \"kind\": 0, \"sources\": [\"s\"]}]}"),
                containsString("field 'kind': '0' is not one of STATE, ARMED_GROUP"));
        assertThat(refusal(HEAD + SOURCES + ", \"statements\": [{\"speaker\": \"A\", \"text\": \"T\", \"direct\": \"yes\", \"sources\": [\"s\"]}]}"),
                containsString("record statements[0]: field 'direct': must be true or false"));
        assertThat(refusal(HEAD + SOURCES + ", \"parties\": [{\"key\": \"p\", \"name\": \"T\", \"kind\": \"STATE\", \"sources\": [null]}]}"),
                containsString("field 'sources[0]': must not be null"));
    }

    @Test
    void aFileNamesItsSourcesInTheirSectionNotInline() throws IOException {
        assertThat(refusal(HEAD + SOURCES + ", \"parties\": [{\"key\": \"p\", \"name\": \"T\", \"kind\": \"STATE\", "
                + "\"newSources\": [{\"url\": \"https://example.org/b\"}]}]}"),
                containsString("field 'newSources': unknown field"));
    }

    @Test
    void nestedRecordsAreNamedByTheirPath() throws IOException {
        String message = refusal(HEAD + SOURCES + ", \"parties\": [" + PARTY + "], \"conflicts\": [{\"key\": \"c\", "
                + "\"name\": \"C\", \"sources\": [\"s\"], \"talks\": [{\"key\": \"t\", \"name\": \"T\", \"sources\": [\"s\"], "
                + "\"rounds\": [{\"key\": \"r\", \"number\": 1, \"date\": \"2025-13\", \"status\": \"HELD\", \"sources\": [\"s\"]}]}]}]}");
        assertThat(message, containsString("record conflicts[0].talks[0].rounds[0] (key 'r'): field 'date'"));
    }

    @Test
    void aFileThatFailsLateLeavesNothingBehind() throws IOException {
        int sourcesBefore = data("sources").getInt("sources.totalCount");
        int partiesBefore = data("parties").getInt("parties.totalCount");
        // Valid source and party, then a broken person: nothing of it may be stored.
        String message = refusal(HEAD + SOURCES + ", \"parties\": [" + PARTY + "], \"people\": [{\"key\": \"x\", \"sources\": [\"s\"]}]}");
        assertThat(message, containsString("record people[0] (key 'x'): field 'name': must not be blank"));
        assertThat(data("sources").getInt("sources.totalCount"), is(sourcesBefore));
        assertThat(data("parties").getInt("parties.totalCount"), is(partiesBefore));
        assertThat(data("parties", "name", "Testland").getInt("parties.totalCount"), is(0));
    }
}
