package org.fazhi.governance.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fazhi.governance.model.base.InvalidRecordException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * 命令行 / {@code fazhi}: check a record, compute its indicators, write its annual report, audit a
 * published report's text, check a stream of tickets, print the record schema.
 *
 * <p>Exit codes: 0 nothing at or above the {@code --fail-on} threshold; 1 findings at or above it; 2 bad
 * input (a file that cannot be read or is not a valid record or report, with the reason in Chinese and
 * English); 3 an internal error.
 */
@Command(name = "fazhi", mixinStandardHelpOptions = true, version = "fazhi 0.1.0",
        description = {"法治政府建设数据检查、指标、报告与报告原文数字审核。", "Rule-of-law records: checks, indicators, reports, and the audit of a report's figures."},
        subcommands = {CheckCommand.class, IndicatorsCommand.class, ReportCommand.class, AuditCommand.class, StreamCommand.class,
            SchemaCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes / 退出码:%n",
        exitCodeList = {"0:nothing at or above --fail-on / 无达到阈值的问题", "1:findings at or above --fail-on / 有达到阈值的问题",
            "2:bad input / 输入有误", "3:internal error / 内部错误"})
public final class Fazhi {
    /** Nothing at or above the threshold. */
    static final int OK = 0;
    /** Findings at or above the threshold. */
    static final int FINDINGS = 1;
    /** Bad input. */
    static final int BAD_INPUT = 2;
    /** Internal error. */
    static final int INTERNAL = 3;

    private Fazhi() {}

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Loggers whose chatter is not the user's business, and the level they keep. */
    private static final java.util.Map<String, Level> QUIET = java.util.Map.of(
            "org.hibernate.validator", Level.WARNING, "org.apache.pdfbox", Level.SEVERE);
    /**
     * Strong references to those loggers: java.util.logging holds loggers weakly, so a level set on one that is
     * then collected is lost (Hibernate Validator's version line came back on the module path).
     */
    private static final java.util.List<Logger> QUIET_LOGGERS = QUIET.keySet().stream().map(Logger::getLogger)
            .toList();

    /**
     * Runs the command line.
     *
     * @param out standard output
     * @param err standard error: progress lines and error messages
     * @param args the arguments
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        QUIET_LOGGERS.forEach(l -> l.setLevel(QUIET.get(l.getName())));
        CommandLine cl = new CommandLine(Fazhi.class);
        cl.registerConverter(java.time.LocalDate.class, text -> {
            try {
                return java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("“" + text + "”不是日期，应写成 yyyy-MM-dd / '" + text
                        + "' is not a date written yyyy-MM-dd");
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            Throwable cause = e;
            if (cause instanceof InvalidRecordException || cause instanceof Options.BadFileException) {
                err.println(cause.getMessage());
                return BAD_INPUT;
            }
            if (cause instanceof UncheckedIOException || cause instanceof java.io.IOException) {
                err.println(readFailure(cause instanceof UncheckedIOException ? cause.getCause() : cause));
                return BAD_INPUT;
            }
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                err.println(cause.getMessage());
                return BAD_INPUT;
            }
            err.println("internal error / 内部错误: " + cause);
            cause.printStackTrace(err);
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("参数有误 / Invalid arguments: " + e.getMessage());
            err.println("用法见 / Usage: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** A file that cannot be read, in Chinese and English, naming the file. */
    static String readFailure(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "没有这个文件：" + e.getMessage() + " / No such file: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "无权读取文件：" + e.getMessage() + " / Permission denied: " + e.getMessage();
        }
        return "无法读取输入：" + e.getMessage() + " / Cannot read the input: " + e.getMessage();
    }
}
