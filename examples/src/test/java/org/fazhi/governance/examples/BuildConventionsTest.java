package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a host developer expects of a Maven library: a BOM that matches the modules, a licence, a changelog, SCM. */
class BuildConventionsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static Document pom(String dir) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(ROOT.resolve(dir).resolve("pom.xml").toFile());
    }

    private static String child(Element parent, String name) {
        NodeList l = parent.getElementsByTagName(name);
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i).getParentNode() == parent) {
                return l.item(i).getTextContent().trim();
            }
        }
        return "";
    }

    @Test
    void the_bom_manages_every_published_module_at_the_parent_version_and_nothing_else() throws Exception {
        Document parent = pom(".");
        Document bom = pom("governance-bom");
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
        assertThat(bom.getElementsByTagName("parent").getLength()).as("a BOM with a parent would pin third-party versions too").isZero();
        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String m = modules.item(i).getTextContent().trim();
            Element profile = (Element) modules.item(i).getParentNode().getParentNode();
            boolean optional = profile.getTagName().equals("profile");
            String skip = child((Element) pom(m).getElementsByTagName("properties").item(0), "maven.deploy.skip");
            if (!optional && !m.equals("governance-bom") && !skip.equals("true")) {
                published.add(m);
            }
        }
        List<String> managed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(child(d, "groupId")).isEqualTo("org.fazhi");
            assertThat(child(d, "version")).isEqualTo("${project.version}");
            managed.add(child(d, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published).contains("governance-model", "governance-spark");
    }

    @Test
    void licence_changelog_scm_and_developers_are_where_central_and_people_look() throws Exception {
        assertThat(Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8)).contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.readString(ROOT.resolve("CHANGELOG.md"), StandardCharsets.UTF_8)).startsWith("# Changelog").contains("## [Unreleased]");
        for (String dir : new String[] {".", "governance-bom"}) {
            Element project = pom(dir).getDocumentElement();
            assertThat(child(project, "url")).as(dir).startsWith("https://");
            assertThat(project.getElementsByTagName("scm").getLength()).as(dir + " <scm>").isEqualTo(1);
            assertThat(project.getElementsByTagName("developer").getLength()).as(dir + " <developers>").isGreaterThan(0);
            assertThat(project.getElementsByTagName("license").item(0).getTextContent()).as(dir).contains("Apache-2.0");
        }
    }
}
