package org.cradle.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well-formed but breaks a rule of the contract (a date outside the window, text
 * with a hidden character). Jackson adds the field's path as the exception travels up, so the problem
 * answer can name the field and the rule.
 */
public final class RefusedJsonValue extends JsonMappingException {

    private final String rule;
    private final String explanation;

    RefusedJsonValue(JsonParser parser, String rule, String explanation) {
        super(parser, explanation);
        this.rule = rule;
        this.explanation = explanation;
    }

    public String rule() {
        return rule;
    }

    /** The message for the caller, without Jackson's location and path suffixes. */
    public String explanation() {
        return explanation;
    }
}
