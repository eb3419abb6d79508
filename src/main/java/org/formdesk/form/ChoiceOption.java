package org.formdesk.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.NotBlank;

/** One allowed value of a choice field; written in YAML either as a plain string or as {value, label}. */
public record ChoiceOption(@NotBlank String value, String label) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChoiceOption of(String value) {
        return new ChoiceOption(value, value);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static ChoiceOption of(@com.fasterxml.jackson.annotation.JsonProperty("value") String value,
                                  @com.fasterxml.jackson.annotation.JsonProperty("label") String label) {
        return new ChoiceOption(value, label == null ? value : label);
    }
}
