package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalog and must match it. */
class RuleCatalogDocumentTest {
    static Path docs(String name) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docs"))) {
            p = p.getParent();
        }
        return (p == null ? Path.of("..").toAbsolutePath() : p).resolve("docs").resolve(name);
    }

    static void assertInSync(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("fazhi.updateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as(file + " exists (regenerate with -Dfazhi.updateDocs=true)").isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is out of date: regenerate with -Dfazhi.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void docs_rules_md_matches_the_catalog() throws IOException {
        assertInSync(docs("rules.md"), RuleCatalogDocument.markdown());
    }

    @Test
    void every_id_of_rules_md_is_checked_or_left_out_with_a_reason_and_never_both() {
        Set<String> implemented = GovernanceRules.all().rules().stream().map(Rule::id).collect(java.util.stream.Collectors.toSet());
        Set<String> leftOut = new HashSet<>();
        for (String[] row : RuleCatalogDocument.LEFT_OUT) {
            assertThat(row[1]).as(row[0] + " has a Chinese reason").isNotBlank();
            assertThat(row[2]).as(row[0] + " has an English reason").isNotBlank();
            for (String id : row[0].split(",\\s*")) {
                assertThat(leftOut.add(id)).as(id + " left out once").isTrue();
            }
        }
        assertThat(leftOut).as("left out but implemented").doesNotContainAnyElementsOf(implemented);
        assertThat(RuleCatalogDocument.RULES_MD_IDS).as("every RULES.md id is implemented or left out")
                .allMatch(id -> implemented.contains(id) || leftOut.contains(id));
        assertThat(leftOut).as("left-out ids are RULES.md ids").isSubsetOf(RuleCatalogDocument.RULES_MD_IDS);
    }

    @Test
    void every_rule_has_a_unique_id_a_citation_and_both_languages() {
        Set<String> ids = new HashSet<>();
        for (Rule r : GovernanceRules.all().rules()) {
            RuleDescriptor d = r.descriptor();
            assertThat(ids.add(d.id())).as("unique id " + d.id()).isTrue();
            assertThat(d.id()).startsWith(d.group().code() + "-");
            assertThat(d.citation().article()).as(d.id() + " cites an article").isPresent();
            assertThat(d.nameZh()).as(d.id()).isNotBlank().doesNotContain("TODO");
            assertThat(d.failZh()).as(d.id()).isNotBlank();
            assertThat(d.failEn()).as(d.id()).isNotBlank();
            assertThat(d.remediationZh()).as(d.id()).isNotBlank();
            assertThat(d.remediationEn()).as(d.id()).isNotBlank();
            if (d.citation().unverified()) {
                assertThat(d.parameters()).as(d.id() + ": parameters of a C/D rule are marked unverified")
                        .allMatch(p -> !p.verified());
            }
        }
    }
}
