package org.parley.common.error;

/** One bad input field: its path from the argument (`input.delegations[2].party`) and what is wrong with it. */
public record FieldError(String path, String message) {
}
