package dev.atelier.core.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfDataset;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Independent checks of what Atelier publishes, with third-party libraries and the official files
 * shipped in {@code src/test/resources/openbadges} (see the README there): 1EdTech's JSON Schemas
 * (networknt json-schema-validator, draft 2019-09) and the published JSON-LD contexts (Titanium
 * JSON-LD, undefined terms failing = safe mode), loaded offline: any other URL fails the load.
 */
final class Conformance {

    private static final Map<String, String> CONTEXTS = Map.of(
            "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "context-3.0.3.json");

    private Conformance() {}

    /** The errors of {@code json} against an official schema file, e.g. {@code ob_v3p0_achievementcredential_schema.json}. */
    static List<Error> schemaErrors(String schemaFile, String json) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(resource(schemaFile));
        return schema.validate(json, InputFormat.JSON);
    }

    /** Expands {@code json} in safe mode (an undefined term fails) with the contexts loaded offline. */
    static JsonArray expandSafely(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(parse(json)))
                .loader(OFFLINE)
                .undefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail)
                .get();
    }

    /** The RDF dataset of {@code json} (what canonicalisation works on), in safe mode, offline. */
    static RdfDataset toRdfSafely(String json) throws JsonLdError {
        JsonLdOptions options = new JsonLdOptions(OFFLINE);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return JsonLd.toRdf(JsonDocument.of(parse(json))).options(options).get();
    }

    private static final DocumentLoader OFFLINE = (url, options) -> {
        String file = CONTEXTS.get(url.toString());
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not shipped offline: " + url);
        }
        JsonDocument document = JsonDocument.of(resource(file));
        document.setDocumentUrl(URI.create(url.toString()));
        return document;
    };

    private static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Conformance.class.getResourceAsStream("/openbadges/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource openbadges/" + file);
        }
        return in;
    }
}
