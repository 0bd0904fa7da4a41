package org.fazhi.governance.rules;

import java.io.IOException;

/** Shared entry for the docs-in-sync tests of other packages. */
public final class DocsSync {
    private DocsSync() {}

    /**
     * Asserts that docs/NAME holds the expected text, rewriting it first under -Dfazhi.updateDocs=true.
     *
     * @param name the file name under docs/
     * @param expected the generated text
     * @throws IOException on I/O failure
     */
    public static void assertInSync(String name, String expected) throws IOException {
        RuleCatalogDocumentTest.assertInSync(RuleCatalogDocumentTest.docs(name), expected);
    }
}
