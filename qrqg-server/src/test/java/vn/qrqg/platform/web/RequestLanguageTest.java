package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    @Test
    void vietnameseOnlyWhenTheRequestPrefersItToEnglish() {
        assertThat(RequestLanguage.vietnamese("vi")).isTrue();
        assertThat(RequestLanguage.vietnamese("vi-VN,vi;q=0.9,en;q=0.5")).isTrue();
        assertThat(RequestLanguage.vietnamese("en;q=0.4,vi;q=0.8")).isTrue();
        assertThat(RequestLanguage.vietnamese("en-US,en;q=0.9,vi;q=0.8")).isFalse();
        assertThat(RequestLanguage.vietnamese("fr")).as("neither: English, as the API always answered").isFalse();
        assertThat(RequestLanguage.vietnamese(null)).isFalse();
        assertThat(RequestLanguage.vietnamese(";;;q=x")).as("malformed").isFalse();
    }
}
