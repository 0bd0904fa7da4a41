package org.fazhi.governance.model.enforcement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 行政处罚决定书 / The penalty decision document: its number and what it states (行政处罚法第五十九条; a
 * decision made on the spot, 第五十二条).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableDecisionDocument.class)
@JsonDeserialize(as = ImmutableDecisionDocument.class)
public interface DecisionDocument extends WithDecisionDocument {
    /** 文书编号 / The document's number. */
    Optional<@Size(max = 100) String> number();

    /** 载明事项 / What the document states. */
    Set<DecisionItem> items();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DecisionDocument}. */
    final class Builder extends ImmutableDecisionDocument.Builder {}
}
