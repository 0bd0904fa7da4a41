package org.fazhi.governance.model.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/figures.md is generated from the standard catalog and must match it. */
class FigureCatalogDocumentTest {
    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# 标准数字目录 / The standard figure catalog\n\n")
                .append("Generated from `standard-figures.json` by `FigureCatalogDocumentTest` (regenerate with\n")
                .append("`mvn -B verify -Dfazhi.updateDocs=true`). ").append(FigureCatalog.standard().size())
                .append(" concepts a township, town or subdistrict report may declare, by area of\n")
                .append("work. A record names a concept by its id under `\"key\"`; `StandardFigures` has a typed constant for each.\n")
                .append("A total lists the parts it is the sum of (all of them: when every part is declared they must add up to it);\n")
                .append("a rate names its numerator and base, and the audit holds a declared rate to them at its written precision.\n\n")
                .append("Hosts add concepts of their own in a file of the same shape, read with `FigureCatalog.readConcepts(path)` and\n")
                .append("registered with `FigureCatalog.standard().extend(...)`:\n\n")
                .append("```json\n{\"concepts\": [{\"id\": \"zj.zheliban.requests\", \"zh\": \"浙里办诉求件数\", \"en\": \"Zheliban requests\",\n")
                .append("  \"unit\": \"COUNT\", \"section\": \"HOTLINE\", \"countsZh\": \"浙里办受理的诉求件数\", \"countsEn\": \"requests received on Zheliban\",\n")
                .append("  \"sourceZh\": \"浙江省数字政府建设要求\", \"sourceEn\": \"Zhejiang digital government requirements\"}]}\n```\n\n")
                .append("Every field but the relations is required. `id`: dotted lower camel case, 2 to 5 parts, unique (the same id may\n")
                .append("come twice only with the same definition). Relations: `sumOf` (an array of the ids of **all** the parts of a total),\n")
                .append("`numerator` and `base` (the ids of a rate's counts; only for `PERCENT`). Every id a relation names must be in the\n")
                .append("catalog. A record's figures may also state relations of their own (`partOf`, `numerator`, `base`).\n\n")
                .append("`unit`: ").append(java.util.Arrays.stream(FigureUnit.values()).map(u -> "`" + u.name() + "` (" + u.zh() + ")")
                        .collect(java.util.stream.Collectors.joining(", "))).append(".\n\n")
                .append("`section`: ").append(java.util.Arrays.stream(FigureSection.values()).map(x -> "`" + x.name() + "` (" + x.zh() + ")")
                        .collect(java.util.stream.Collectors.joining(", "))).append(".\n");
        FigureSection current = null;
        for (FigureConcept c : FigureCatalog.standard().concepts()) {
            if (c.section() != current) {
                current = c.section();
                md.append("\n## ").append(current.zh()).append(" / ").append(current.en()).append("\n\n")
                        .append("| id | 名称 / name | unit | 统计对象 / counts | relations | source |\n|---|---|---|---|---|---|\n");
            }
            String relations = !c.sumOf().isEmpty() ? "= " + String.join(" + ", c.sumOf())
                    : c.numerator().isPresent() || c.base().isPresent()
                            ? c.numerator().orElse("…") + " ÷ " + c.base().orElse("…") : "";
            md.append("| `").append(c.id()).append("` | ").append(c.zh()).append(" / ").append(c.en()).append(" | ").append(c.unit().zh())
                    .append(" | ").append(c.counts(Locale.CHINESE)).append(" / ").append(c.counts(Locale.ENGLISH)).append(" | ")
                    .append(relations).append(" | ").append(c.source(Locale.CHINESE)).append(" |\n");
        }
        return md.toString();
    }

    @Test
    void docs_figures_md_matches_the_standard_catalog() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docs"))) {
            p = p.getParent();
        }
        Path file = (p == null ? Path.of("..").toAbsolutePath() : p).resolve("docs/figures.md");
        if (Boolean.getBoolean("fazhi.updateDocs")) {
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is out of date: regenerate with -Dfazhi.updateDocs=true")
                .isEqualTo(markdown());
    }
}
