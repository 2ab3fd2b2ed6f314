package io.netledger.genieacs.nbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code projection=} list, as MongoDB applies it to a document: only the named subtrees (a path names a
 * parameter or an object with all it holds), and {@code _id} always. The objects on the way to a named path
 * keep none of their own fields ({@code _object}, {@code _timestamp}), only the way down.
 */
final class Projection {

    private final List<String[]> paths;

    private Projection(List<String[]> paths) {
        this.paths = paths;
    }

    static Projection of(String list) {
        if (list == null) {
            return new Projection(null);
        }
        List<String[]> paths = new ArrayList<>();
        for (String path : list.split(",")) {
            String trimmed = path.trim();
            if (!trimmed.isEmpty()) {
                paths.add(trimmed.split("\\."));
            }
        }
        return new Projection(paths);
    }

    JsonNode apply(JsonNode document) {
        if (paths == null) {
            return document;
        }
        ObjectNode projected = JsonNodeFactory.instance.objectNode();
        projected.set("_id", document.get("_id"));
        for (String[] path : paths) {
            copy(document, projected, path, 0);
        }
        return projected;
    }

    private static void copy(JsonNode from, ObjectNode to, String[] path, int depth) {
        JsonNode child = from.get(path[depth]);
        if (child == null) {
            return;
        }
        if (depth == path.length - 1) {
            to.set(path[depth], child.deepCopy());
            return;
        }
        if (!child.isObject()) {
            return;
        }
        JsonNode existing = to.get(path[depth]);
        ObjectNode next = existing instanceof ObjectNode object ? object : to.putObject(path[depth]);
        copy(child, next, path, depth + 1);
    }
}
