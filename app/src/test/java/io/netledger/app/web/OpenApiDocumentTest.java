package io.netledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.ApiTest;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** /v3/api-docs against the endpoints themselves: each JSON body documented is the one its endpoint reads. */
class OpenApiDocumentTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyDocumentedRequestBodyHasThePropertiesItsEndpointReads() {
        JsonNode document = api.get("/v3/api-docs", null).json();
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Class<?> body = recordBody(handler);
            if (body == null) {
                return;
            }
            for (String path : info.getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String operation = method.name().toLowerCase() + " " + path;
                    JsonNode schema = document.path("paths").path(path).path(method.name().toLowerCase())
                            .path("requestBody").path("content").path("application/json").path("schema");
                    assertThat(schema.isMissingNode()).as(operation + " documents a JSON body").isFalse();
                    assertThat(documentedProperties(document, schema)).as(operation + " (" + body.getName() + ")")
                            .isEqualTo(accepted(body));
                    checked.add(operation);
                }
            }
        });
        assertThat(checked).contains("post /api/v1/nas-servers/{id}/rotate-password",
                "post /api/v1/subscriptions/{id}/rotate-password", "post /api/v1/users/{id}/password");
    }

    private static Class<?> recordBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    private static Set<String> documentedProperties(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            resolved = document.path("components").path("schemas").path(name);
        }
        Set<String> names = new TreeSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> accepted(Class<?> record) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null && component.isAnnotationPresent(JsonProperty.class)) {
                renamed = component.getAnnotation(JsonProperty.class);
            }
            names.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName());
        }
        return names;
    }
}
