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

    /**
     * Reads and validates a record file.
     *
     * @throws BadFileException naming the file, when it is missing, a directory, unreadable or not a valid record
     */
    static RuleOfLawRecord record(Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new BadFileException(file, "是目录，不是记录文件 / is a directory, not a record file");
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new BadFileException(file, "没有这个文件 / no such file");
        }
        try {
            return GovernanceJson.readRecord(file);
        } catch (org.fazhi.governance.model.base.InvalidRecordException e) {
            throw new BadFileException(file, e.getMessage());
        }
    }

    /** A record file that cannot be used: the message names the file, then says why in Chinese and English. */
    static final class BadFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFileException(Path file, String why) {
            super(file + ": " + why);
        }
    }

    /**
     * The record's path relative to the working directory (SARIF's {@code SRCROOT}), with forward slashes, so that
     * code-scanning tools find the file; a file outside the working directory is named by its file name.
     */
    static String uri(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs.getFileName();
        return shown.toString().replace('\\', '/');
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
