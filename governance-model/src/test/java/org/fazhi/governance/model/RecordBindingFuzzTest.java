package org.fazhi.governance.model;

import org.fazhi.governance.model.base.InvalidRecordException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the JSON binding with Jazzer: whatever bytes arrive, the binding either
 * returns a valid record or throws {@link InvalidRecordException} with its violations in both languages;
 * any other exception, a hang or an out-of-memory is a finding.
 *
 * <p>Opt-in, because the Jazzer agent costs about 8 s per JVM: {@code mvn -B -Pjazzer -pl governance-model -am test}
 * fuzzes for {@code maxDuration}, starting from the seeds in {@code RecordBindingFuzzTestInputs}; without
 * {@code JAZZER_FUZZ} (which the profile sets) it replays only the seeds and any saved findings.
 */
@Tag("jazzer")
class RecordBindingFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void any_bytes_load_as_a_valid_record_or_fail_with_the_one_bad_input_exception(byte[] input) {
        RecordFuzzTest.loadsOrFailsWithTheBadInputException(input);
    }
}
