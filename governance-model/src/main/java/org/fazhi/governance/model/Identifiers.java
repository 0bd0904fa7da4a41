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

}
