package org.stepahead.adapter.in.web.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Constraint: the text is the name of one of the constants of an enumeration (null is valid). */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumName {

    String message() default "{org.stepahead.web.EnumName.message}";

    Class<? extends Enum<?>> value();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the name against the constants. */
    class Validator implements ConstraintValidator<EnumName, String> {

        private java.util.Set<String> names;

        @Override
        public void initialize(EnumName annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.toSet());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || names.contains(value);
        }

        /** The allowed names of an enumeration, for messages. */
        public static String allowed(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
    }
}
