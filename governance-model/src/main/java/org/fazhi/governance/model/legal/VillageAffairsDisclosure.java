package org.fazhi.governance.model.legal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 村务公开 / One publication of village affairs, or one democratic review of village officers (村民委员会组织法
 * 第三十条、第三十三条).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableVillageAffairsDisclosure.class)
@JsonDeserialize(as = ImmutableVillageAffairsDisclosure.class)
public interface VillageAffairsDisclosure extends WithVillageAffairsDisclosure {
    /** 村 / The village. */
    @NotBlank @Size(max = 128)
    String grassrootsUnitId();

    /** 日期 / Date published (or held, for a democratic review). */
    LocalDate publishedOn();

    /** 事项 / What was made public. */
    VillageAffairsKind kind();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link VillageAffairsDisclosure}. */
    final class Builder extends ImmutableVillageAffairsDisclosure.Builder {}
}
