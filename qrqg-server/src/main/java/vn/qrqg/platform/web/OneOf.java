package vn.qrqg.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A text that names a constant of {@link #value()} exactly (upper case, as the API documents
 * them), required: absent it is told {@code is required: one of …}, otherwise
 * {@code must be one of …}, listing the constants and never the value sent.
 */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {
    Class<? extends Enum<?>> value();

    /** Unused: the message names the constants of {@link #value()}. */
    String message() default "must be one of the documented names";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link OneOf}; public for Hibernate Validator to make it. */
    final class Check implements ConstraintValidator<OneOf, String> {
        private java.util.Set<String> names;
        private String listed;

        @Override
        public void initialize(OneOf constraint) {
            names = Arrays.stream(constraint.value().getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            listed = "one of " + String.join(", ", names);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value != null && names.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Messages.literal((value == null ? "is required: " : "must be ")
                    + listed)).addConstraintViolation();
            return false;
        }
    }
}
