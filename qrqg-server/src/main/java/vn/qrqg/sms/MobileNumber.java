package vn.qrqg.sms;

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
 * A text that {@link PhoneNumber#parse} reads as a Vietnamese mobile number, however people
 * write it. Absent or blank is valid ({@code NotBlank} says when it is required).
 */
@Documented
@Constraint(validatedBy = MobileNumber.Check.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface MobileNumber {
    String message() default "is not a Vietnamese mobile number (10 digits starting with 03, 05, 07, 08 or 09, or +84…)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link MobileNumber}; public for Hibernate Validator to make it. */
    final class Check implements ConstraintValidator<MobileNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || PhoneNumber.parse(value).isPresent();
        }
    }
}
