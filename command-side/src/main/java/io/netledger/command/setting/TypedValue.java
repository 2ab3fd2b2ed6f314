package io.netledger.command.setting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.RuleViolation;
import io.netledger.api.Text;
import io.netledger.api.setting.SettingType;
import java.math.BigDecimal;

/** Checks that a setting's text reads as its type, so every reader can rely on it. */
final class TypedValue {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_LENGTH = 65_536;

    private TypedValue() {
    }

    static void check(SettingType type, String key, String value) {
        RuleViolation.check(value != null, key + " needs a value");
        Text.lines(key, value, MAX_LENGTH);
        switch (type) {
            case STRING -> {
            }
            case NUMBER -> {
                try {
                    new BigDecimal(value.strip());
                } catch (NumberFormatException e) {
                    throw new RuleViolation(key + " is a number, not '" + value + "'");
                }
            }
            case BOOLEAN -> RuleViolation.check(value.equals("true") || value.equals("false"),
                    key + " is true or false, not '" + value + "'");
            case JSON -> {
                try {
                    JSON.readTree(value);
                } catch (JsonProcessingException e) {
                    throw new RuleViolation(key + " must be valid JSON: " + e.getOriginalMessage());
                }
            }
        }
    }
}
