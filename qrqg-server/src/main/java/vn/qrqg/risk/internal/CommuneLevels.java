package vn.qrqg.risk.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.risk.RiskLevel;
import vn.qrqg.risk.RiskLevels;

/** {@link RiskLevels} from the last assessment by the date and the declarations in force on it. */
@Component
class CommuneLevels implements RiskLevels {
    private final AdministrativeAreas areas;
    private final LevelRepository levels;
    private final Declarations declarations;

    CommuneLevels(AdministrativeAreas areas, LevelRepository levels, Declarations declarations) {
        this.areas = areas;
        this.levels = levels;
        this.declarations = declarations;
    }

    @Override
    public Map<String, RiskLevel> ofCommunes(Collection<String> communeCodes, LocalDate date) {
        List<String> known = communeCodes.stream().distinct().filter(code -> areas.commune(code).isPresent()).toList();
        Map<String, RiskLevel> found = new HashMap<>();
        if (known.isEmpty()) {
            return found;
        }
        Optional<LocalDate> assessedOn = levels.lastAssessedBy(date);
        Map<String, LevelRepository.Assessed> rows = assessedOn.map(day -> RiskAssessment.byCode(levels.of(known, day)))
                .orElse(Map.of());
        Map<String, Declarations.Declaration> declared = declarations.inForce(date);
        for (String code : known) {
            LevelRepository.Assessed row = rows.get(code);
            Declarations.Declaration declaration = declared.get(code);
            Integer computed = row == null ? null : row.computedLevel();
            found.put(code, new RiskLevel(code, areas.commune(code).orElseThrow().name(),
                    declaration != null ? declaration.level() : computed, computed,
                    declaration == null ? null : declaration.level(), assessedOn.orElse(null)));
        }
        return found;
    }
}
