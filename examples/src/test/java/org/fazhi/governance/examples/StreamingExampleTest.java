package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StreamingExample: the as-of date from the command line, a non-zero status for bad lines, no file left behind. */
class StreamingExampleTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static Path tickets(Path dir, boolean withBadLine) throws IOException {
        RuleOfLawRecord township = SyntheticCounty.withSeed(1).township(0, 0, 50);
        StringBuilder sb = new StringBuilder();
        township.hotlineTickets().forEach(t -> sb.append(GovernanceJson.writeLine(t)).append('\n'));
        if (withBadLine) {
            sb.append("{\"id\":\"broken\"\n");
        }
        return Files.writeString(dir.resolve(withBadLine ? "bad.jsonl" : "good.jsonl"), sb.toString());
    }

    @Test
    void run_clean_file_exits_0_as_of_the_given_date(@TempDir Path dir) throws IOException {
        assertThat(StreamingExample.run(new String[] {"--as-of", "2023-06-30", tickets(dir, false).toString()}, out, 0, TODAY)).isZero();
        assertThat(output()).contains("as of 2023-06-30", "好行 good 50 · 坏行 bad 0").doesNotContain("today");
    }

    @Test
    void run_file_without_a_date_is_checked_as_of_today_and_says_so(@TempDir Path dir) throws IOException {
        assertThat(StreamingExample.run(new String[] {tickets(dir, false).toString()}, out, 0, TODAY)).isZero();
        assertThat(output()).contains("as of 2025-03-01（今天 / today; --as-of to choose）");
    }

    @Test
    void run_file_with_a_bad_line_exits_2(@TempDir Path dir) throws IOException {
        assertThat(StreamingExample.run(new String[] {"--as-of=2023-12-31", tickets(dir, true).toString()}, out, 0, TODAY)).isEqualTo(2);
        assertThat(output()).contains("坏行 bad 1", "1 bad line(s): exit status 2");
    }

    @Test
    void run_bad_arguments_exit_1() {
        assertThat(StreamingExample.run(new String[] {"--as-of", "31/12/2023"}, out, 0, TODAY)).isEqualTo(1);
        assertThat(StreamingExample.run(new String[] {"--verbose"}, out, 0, TODAY)).isEqualTo(1);
        assertThat(StreamingExample.run(new String[] {"no-such-file.jsonl"}, out, 0, TODAY)).isEqualTo(1);
        assertThat(output()).contains("--as-of needs a yyyy-MM-dd date, got '31/12/2023'", "unknown option --verbose", "cannot read a file");
    }

    @Test
    void run_demo_reports_the_planted_lines_exits_0_and_leaves_no_temporary_file() {
        assertThat(StreamingExample.run(new String[0], out, 1_000, TODAY)).isZero();
        Matcher m = Pattern.compile("planted bad lines to (\\S+tickets\\.jsonl)").matcher(output());
        assertThat(m.find()).as(output()).isTrue();
        Path written = Path.of(m.group(1));
        assertThat(written).doesNotExist();
        assertThat(written.getParent()).doesNotExist();
        assertThat(output()).contains("坏行 bad 2", "exit status 0");
    }
}
