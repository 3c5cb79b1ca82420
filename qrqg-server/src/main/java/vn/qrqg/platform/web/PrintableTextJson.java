package vn.qrqg.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link PrintableText} for every JSON string of every request body, in one place: Spring Boot
 * adds this module to the one JSON mapper that Spring MVC reads bodies with, so that no
 * capability can forget it. A refused text becomes a 400 naming its JSON path
 * ({@link PlatformProblems}); the exception carries neither the value nor the source.
 */
@Configuration(proxyBeanMethods = false)
class PrintableTextJson {

    @Bean
    JacksonModule printableTextModule() {
        return new SimpleModule("qrqg-printable-text").addDeserializer(String.class, new PrintableStrings());
    }

    /** Thrown for a string that is not {@link PrintableText#isAcceptable acceptable}. */
    static final class UnprintableTextException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        UnprintableTextException(JsonParser parser) {
            super(parser, "a string " + PrintableText.MESSAGE, String.class);
        }
    }

    private static final class PrintableStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = super.deserialize(parser, context);
            if (text != null && !PrintableText.isAcceptable(text)) {
                throw new UnprintableTextException(parser);
            }
            return text;
        }
    }
}
