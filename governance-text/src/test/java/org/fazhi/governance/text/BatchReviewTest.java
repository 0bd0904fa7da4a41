package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.condition.EnabledIf(value = "org.fazhi.governance.text.Fixtures#seedPresent",
        disabledReason = "the seed report ../shared/seed/guobao-2023-rule-of-law-report.md is not beside this clone")
class BatchReviewTest {
    @Test
    void folder_ofFixtures_givesOneRowPerReport_andNamesTheBrokenOne(@TempDir Path dir) throws Exception {
        for (Path p : Fixtures.textFixtures()) {
            Files.copy(p, dir.resolve(p.getFileName()));
            Files.copy(Fixtures.expected(p), dir.resolve(Fixtures.expected(p).getFileName()));
        }
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Fixtures.seed(), dir.resolve("sub/guobao-2023.md"));
        Files.write(dir.resolve("sub/broken.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        List<Path> seen = new ArrayList<>();
        BatchReview table = BatchReview.folder(dir, FigureExtractor.standard(), seen::add);
        assertThat(table.rows()).hasSize(Fixtures.textFixtures().size() + 2);
        assertThat(seen).hasSize(table.rows().size());
        BatchReview.Row guobao = table.rows().stream().filter(r -> r.unit().filter("国宝乡"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(guobao.figures()).isEqualTo(36);
        assertThat(guobao.classified()).isEqualTo(36);
        assertThat(guobao.warnings()).isEqualTo(1);
        BatchReview.Row tieshi = table.rows().stream().filter(r -> r.unit().filter("铁石乡"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(tieshi.warnings()).isEqualTo(1);
        BatchReview.Row broken = table.rows().stream().filter(r -> r.file().endsWith("broken.pdf")).findFirst().orElseThrow();
        assertThat(broken.problem()).get().asString().contains("broken.pdf");

        String csv = table.csv(Locale.ENGLISH);
        assertThat(csv.split("\r\n")).hasSize(table.rows().size() + 1);
        assertThat(csv).startsWith("file,unit,year,figures,classified,errors,warnings,info,insufficient data,unreadable because\r\n")
                .contains("guobao-2023.md,国宝乡,2023,36,36,0,1,0,");
        String md = table.markdown(Locale.SIMPLIFIED_CHINESE);
        assertThat(md).startsWith("| 文件 | 单位 | 年度 |").contains("| guobao-2023.md | 国宝乡 | 2023 | 36 | 36 | 0 | 1 | 0 |");
        assertThat(Jsoup.parse(table.html(Locale.ENGLISH)).select("tr")).hasSize(table.rows().size() + 1);
        assertThat(Jsoup.parse(table.html(Locale.ENGLISH)).select("tr.problem")).hasSize(1);
    }

    @Test
    void csv_quotesCellsWithCommasAndQuotes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a,b.txt"), "报告\n");
        BatchReview table = BatchReview.folder(dir, FigureExtractor.standard(), p -> { });
        assertThat(table.csv(Locale.ENGLISH)).contains("\"a,b.txt\"");
    }
}
