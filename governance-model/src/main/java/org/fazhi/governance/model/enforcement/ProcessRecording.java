package org.fazhi.governance.model.enforcement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;

/**
 * 全过程记录 / The record of one step of a case (全过程记录): in writing, on audio/video, or both.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableProcessRecording.class)
@JsonDeserialize(as = ImmutableProcessRecording.class)
public interface ProcessRecording extends WithProcessRecording {
    /** 环节 / Step. */
    CaseStep step();

    /** 文字记录 / True if recorded in writing. */
    boolean written();

    /** 音像记录 / True if recorded on audio or video. */
    boolean audioVideo();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ProcessRecording}. */
    final class Builder extends ImmutableProcessRecording.Builder {}
}
