package vn.qrqg.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNamesTest {

    @Test
    void aShortNameBecomesLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(DownloadNames.slug("NGUYEN T. M.")).isEqualTo("nguyen-t-m");
        assertThat(DownloadNames.slug("Nguyễn T. M.")).isEqualTo("nguyen-t-m");
        assertThat(DownloadNames.slug("ĐỖ T. K.")).isEqualTo("do-t-k");
    }

    @Test
    void aNameWithNothingToKeepIsPerson() {
        assertThat(DownloadNames.slug("")).isEqualTo("person");
        assertThat(DownloadNames.slug(null)).isEqualTo("person");
        assertThat(DownloadNames.slug("漢字")).isEqualTo("person");
    }
}
