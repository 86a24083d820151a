package org.parley.dataset;

import java.util.Map;
import java.util.stream.Collectors;

/** How many records of each kind a load stored or an export wrote, by section (`rounds`), in the format's order. */
public record Counts(Map<String, Integer> bySection) {

    public int total() {
        return bySection.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return bySection.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
