package org.fazhi.governance.model;

import org.fazhi.governance.model.base.InvalidRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.fazhi.governance.model.testing.AdversarialInputs;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the binding: adversarial documents ({@link AdversarialInputs}: generated valid records with
 * extreme numbers and dates, long chains, wide fan-outs, huge arrays, control characters, surrogates, null
 * documents, and the structural mutations) must either load as a valid record or fail with
 * {@link InvalidRecordException}, never anything else. The examples module runs the same documents through
 * the whole pipeline. {@code -Dfazhi.fuzz.tries=100000} (the {@code fuzz} profile) runs the long campaign.
 */
class RecordFuzzTest {
    private static final int TRIES = Integer.getInteger("fazhi.fuzz.tries", 300);

    @Test
    void adversarial_documents_load_or_fail_with_the_one_bad_input_exception() {
        qt().withExamples(TRIES).forAll(AdversarialInputs.documents()).checkAssert(document -> {
            try {
                loadsOrFailsWithTheBadInputException(document);
            } catch (RuntimeException | Error other) {
                fail("unexpected " + other + " for input " + preview(document), other);
            }
        });
    }

    /** The start of a document for a failure message: its first 2,000 characters. */
    static String preview(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "… (" + document.length + " bytes)";
    }

    /**
     * The fuzzing oracle, shared with {@link RecordBindingFuzzTest}: the bytes load as a valid record, or the binding
     * throws {@link InvalidRecordException} with at least one and at most {@link RecordValidator#MAX_VIOLATIONS} + 1
     * violations, each with a Chinese and an English message. A valid record also writes and reads back equal.
     * Anything else propagates.
     */
    static void loadsOrFailsWithTheBadInputException(byte[] input) {
        try {
            RuleOfLawRecord back = GovernanceJson.readRecord(input);
            assertThat(RecordValidator.shared().validate(back)).isEmpty();
            assertThat(GovernanceJson.readRecord(GovernanceJson.write(back))).isEqualTo(back);
        } catch (InvalidRecordException expected) {
            assertThat(expected.violations()).isNotEmpty().hasSizeLessThanOrEqualTo(RecordValidator.MAX_VIOLATIONS + 1).allSatisfy(v -> {
                assertThat(v.zh()).isNotBlank();
                assertThat(v.en()).isNotBlank();
            });
        }
    }
}
