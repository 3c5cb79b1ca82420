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

/**
 * An optional free text of at most {@link #max()} characters once stripped of the spaces around
 * it, which are not kept: a text padded by a form's input box is not refused for its padding.
 * Absent or blank is valid ({@code NotBlank} says when it is required).
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxLength {
    int max();

    String message() default "must be at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link MaxLength}; public for Hibernate Validator to make it. */
    final class Check implements ConstraintValidator<MaxLength, String> {
        private int max;

        @Override
        public void initialize(MaxLength constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.strip().length() <= max;
        }
    }
}
