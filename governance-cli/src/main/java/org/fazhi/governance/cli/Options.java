package org.fazhi.governance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.Severity;
import picocli.CommandLine.Option;

/** Options every command shares: the language; and the helpers that read a record and pick its as-of date. */
class Options {
    /** 语言 / The language of messages and reports. */
    enum Lang { zh, en }

    /** 阈值 / The least severity that makes the exit code 1. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

        final Severity severity;

        FailOn(Severity s) {
            this.severity = s;
        }
    }

    @Option(names = "--lang", description = "zh or en (default: ${DEFAULT-VALUE}) / 语言", defaultValue = "zh")
    Lang lang;

    Locale locale() {
        return lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    static RuleOfLawRecord record(Path file) {
        return GovernanceJson.readRecord(file);
    }

    /** The record file's bytes, for the SARIF regions (line and column of each finding's JSON path). */
    static byte[] bytes(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The as-of date: the one given, else the report's signing date, else the last day of the record's year. */
    static LocalDate asOf(LocalDate given, RuleOfLawRecord record) {
        if (given != null) {
            return given;
        }
        return record.report().flatMap(r -> r.signedOn()).orElse(LocalDate.of(record.year(), 12, 31));
    }

    static boolean fails(Severity s, FailOn threshold) {
        return s.ordinal() <= threshold.severity.ordinal();
    }
}
