package io.netledger.genieacs.nbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The checks GenieACS makes on a task before queueing it ({@code sanitizeTask}): the fields each task name
 * needs, and setParameterValues entries as {@code [path, string|boolean|number, type?]}.
 */
final class TaskRules {

    private TaskRules() {
    }

    static void check(ObjectNode task) {
        String name = task.path("name").asText("");
        switch (name) {
            case "getParameterValues" -> {
                JsonNode names = task.get("parameterNames");
                if (names == null || !names.isArray() || names.isEmpty()) {
                    throw new IllegalArgumentException("Missing 'parameterNames' property");
                }
                names.forEach(n -> {
                    if (!n.isTextual() || n.asText().isEmpty()) {
                        throw new IllegalArgumentException("Invalid parameter name '" + n + "'");
                    }
                });
            }
            case "setParameterValues" -> {
                JsonNode values = task.get("parameterValues");
                if (values == null || !values.isArray() || values.isEmpty()) {
                    throw new IllegalArgumentException("Missing 'parameterValues' property");
                }
                values.forEach(TaskRules::checkValue);
            }
            case "refreshObject" -> {
                if (!task.path("objectName").isTextual()) {
                    throw new IllegalArgumentException("Missing 'objectName' property");
                }
            }
            case "reboot", "factoryReset" -> {
            }
            default -> throw new IllegalArgumentException("Invalid task name '" + name + "'");
        }
    }

    private static void checkValue(JsonNode p) {
        boolean valid = p.isArray() && p.size() >= 2 && p.get(0).isTextual() && !p.get(0).asText().isEmpty()
                && (p.get(1).isTextual() || p.get(1).isBoolean() || p.get(1).isNumber())
                && (p.size() < 3 || p.get(2).isNull() || p.get(2).isTextual());
        if (!valid) {
            throw new IllegalArgumentException("Invalid parameter value '" + p + "'");
        }
    }
}
