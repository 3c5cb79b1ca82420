package vn.qrqg.risk.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk map's public API, without login (docs/risk.md, "Public API"): the levels of provinces
 * or communes on a date, one locality's weeks, and the provinces as GeoJSON for the map. An answer
 * in memory is usually given by {@link PublicAnswersFilter} before it gets here; this makes it
 * (and answers every error) otherwise.
 */
@RestController
class RiskLevelsController {
    private final PublicAnswers answers;

    RiskLevelsController(PublicAnswers answers) {
        this.answers = answers;
    }

    @GetMapping(PublicAnswers.LEVELS)
    void levels(@RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "scope", required = false) String scope,
            @RequestParam(name = "provinceCode", required = false) String provinceCode,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(answers.levels(date, scope, provinceCode), request, response);
    }

    @GetMapping(PublicAnswers.HISTORY)
    void history(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "weeks", required = false) String weeks,
            @RequestParam(name = "date", required = false) String date,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(answers.history(code, weeks, date), request, response);
    }

    @GetMapping(PublicAnswers.PROVINCES)
    void provinces(@RequestParam(name = "date", required = false) String date,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(answers.provinces(date), request, response);
    }

    private void write(PublicAnswers.Asked asked, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PublicAnswers.write(answers.answer(asked), asked.mediaType(), request, response);
    }
}
