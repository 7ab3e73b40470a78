package org.scamguard;

/**
 * Categories of the app catalog, for {@link ScamGuard#addApp}. The engine knows the common
 * Chinese banks, payment, loan, meeting and remote-control apps already; a vendor or bank adds
 * what it knows better (a city bank, a new remote-control tool).
 */
public enum AppCategory {
    /** A bank's app. */
    BANK("bank"),
    /** A payment wallet (Alipay, WeChat Pay, UnionPay). */
    PAYMENT("payment"),
    /** A consumer-loan or credit-line app. */
    LOAN("loan"),
    /** A meeting or screen-share app. */
    MEETING("meeting"),
    /** A remote-control tool. */
    REMOTE_CONTROL("remote_control"),
    /** A chat app. */
    MESSAGING("messaging"),
    /** An app store: installs from it count as from a store. */
    APP_STORE("app_store"),
    /** A browser. */
    BROWSER("browser"),
    /** A cloud drive. */
    CLOUD_DRIVE("cloud_drive"),
    /** A file manager. */
    FILE_MANAGER("file_manager"),
    /** A genuine accessibility tool: granting it accessibility is normal. */
    ACCESSIBILITY("accessibility"),
    /** The system's package installer. */
    SYSTEM_INSTALLER("system_installer"),
    /** A government's own app (fines, tax, pension): payments in it go to a public body. */
    GOVERNMENT("government"),
    /** A licensed brokerage or crypto exchange: its own screens are the firm speaking. */
    BROKER("broker"),
    /** A dating app: whoever writes in it was met online. */
    DATING("dating");

    private final String wire;

    AppCategory(String wire) {
        this.wire = wire;
    }

    /** The catalog spelling ({@code "bank"}, {@code "remote_control"}, ...). */
    public String wireName() {
        return wire;
    }
}
