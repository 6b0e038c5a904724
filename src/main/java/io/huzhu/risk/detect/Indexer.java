package io.huzhu.risk.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense int ids for objects, so graph code can use arrays. */
final class Indexer<T> {

    private final Map<T, Integer> ids = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int id(T value) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    Integer find(T value) {
        return ids.get(value);
    }

    T value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }
}
