package org.fazhi.governance.model;

/** Shared checks of the identifier value types; package-private. */
final class Identifiers {
    private Identifiers() {}

    static String requireText(String value, String zhName, String enName) {
        if (value == null || value.isEmpty()) {
            throw new InvalidIdentifierException(
                    "identifier.empty", zhName + "不能为空", enName + " must not be empty");
        }
        return value;
    }

    static InvalidIdentifierException invalid(String code, String zh, String en) {
        return new InvalidIdentifierException(code, zh, en);
    }

    static String mask(String value, int keepStart, int keepEnd) {
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart)
                + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
