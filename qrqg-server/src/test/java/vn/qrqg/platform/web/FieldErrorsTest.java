package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {
    enum Colour { RED, GREEN }

    record Item(@NotBlank(message = "is required") String code, @MaxLength(max = 3) String note) {
    }

    record Body(@OneOf(Colour.class) String colour, List<@OneOf(Colour.class) String> others,
            List<@NotNull(message = "must be an item: \\{code, note?\\}") @Valid Item> items) {
    }

    @Test
    void namesViolationsAndLaterErrorsInTheOrderOfTheRecord() {
        FieldErrors errors = FieldErrors.of(new Body(null, Arrays.asList("RED", "blue", null),
                Arrays.asList(new Item(" ", "  abc  "), null, new Item("x", "abcd"))));
        errors.reject("items[0].note", "added in code");
        errors.reject("colour", "added in code");
        assertThat(errors.list()).extracting(InvalidRequest.FieldError::field).containsExactly("colour", "colour",
                "others[1]", "others[2]", "items[0].code", "items[0].note", "items[1]", "items[2].note");
    }

    @Test
    void messagesAreTheConstraintsOwnAndNeverTheValue() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> FieldErrors.of(
                new Body("blue", List.of(), Arrays.asList((Item) null, new Item("x", "abcd")))).throwIfAny());
        assertThat(e.errors()).containsExactly(
                new InvalidRequest.FieldError("colour", "must be one of RED, GREEN"),
                new InvalidRequest.FieldError("items[0]", "must be an item: {code, note?}"),
                new InvalidRequest.FieldError("items[1].note", "must be at most 3 characters"));
    }

    @Test
    void aMissingChoiceIsToldAsRequired() {
        assertThat(FieldErrors.of(new Body(null, List.of(), List.of())).list()).containsExactly(
                new InvalidRequest.FieldError("colour", "is required: one of RED, GREEN"));
    }

    @Test
    void checksInCodeAloneKeepTheirOrderAndReadWholeNumbers() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.wholeNumber("size", "101", 20, 1, 100)).isEqualTo(20);
        assertThat(errors.wholeNumber("page", "-1", 0, 0, Integer.MAX_VALUE)).isZero();
        assertThat(errors.wholeNumber("page", " 3 ", 0, 0, Integer.MAX_VALUE)).isEqualTo(3);
        assertThat(errors.failed("size")).isTrue();
        assertThat(errors.list()).extracting(InvalidRequest.FieldError::message)
                .containsExactly("must be a whole number from 1 to 100", "must be a whole number from 0 up");
    }
}
