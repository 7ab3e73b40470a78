package org.scamguard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a bank app is about to send, for {@link ScamGuard#assessTransfer(long, TransferCheck)}.
 * Immutable; build it with named fields instead of positional booleans:
 *
 * <pre>{@code
 * TransferCheck check = TransferCheck.builder()
 *         .pkg(context.getPackageName())
 *         .amount("19999.58")
 *         .currency("CNY")      // optional: null or unset = CNY
 *         .payeeNew(true)       // optional: unset = unknown
 *         .build();
 * }</pre>
 *
 * <p>Kotlin: {@code TransferCheck.builder().amount("19999.58").payeeNew(true).build()}.
 */
public final class TransferCheck {
    private final @Nullable String pkg;
    private final String amount;
    private final String currency;
    private final @Nullable Boolean payeeNew;

    private TransferCheck(Builder b, String amount) {
        this.pkg = b.pkg;
        this.amount = amount;
        this.currency = b.currency == null ? "CNY" : b.currency;
        this.payeeNew = b.payeeNew;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bank app's package, or null (then the engine treats the transfer as a bank's anyway). */
    public @Nullable String getPkg() {
        return pkg;
    }

    /** The amount as written ({@code "19,999.58"}, {@code "¥500"}, {@code "1.5万"}). */
    public String getAmount() {
        return amount;
    }

    /** The ISO currency code; {@code CNY} when none was given. */
    public String getCurrency() {
        return currency;
    }

    /** Whether the payee was never paid before; null = unknown. */
    public @Nullable Boolean getPayeeNew() {
        return payeeNew;
    }

    /** Whether a package was given, and payeeNew: the amount, currency and package stay out of logs. */
    @Override
    public String toString() {
        return "TransferCheck{" + (pkg == null ? "no package" : "package") + ", payeeNew=" + payeeNew + "}";
    }

    /** Builds a {@link TransferCheck}; only {@link #amount(String)} is required. */
    public static final class Builder {
        private @Nullable String pkg;
        private @Nullable String amount;
        private @Nullable String currency;
        private @Nullable Boolean payeeNew;

        private Builder() {}

        /** The bank app's package ({@code context.getPackageName()}); null = not given. */
        public Builder pkg(@Nullable String pkg) {
            this.pkg = pkg;
            return this;
        }

        /** The amount as the user typed it; parsed exactly (no floating point). Required. */
        public Builder amount(String amount) {
            this.amount = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /** ISO currency code ({@code "CNY"}, {@code "HKD"}, ...); null = {@code CNY}. */
        public Builder currency(@Nullable String currency) {
            this.currency = currency;
            return this;
        }

        /** Whether the payee was never paid before; null = unknown. */
        public Builder payeeNew(@Nullable Boolean payeeNew) {
            this.payeeNew = payeeNew;
            return this;
        }

        /**
         * Builds the check.
         *
         * @throws IllegalArgumentException if no amount was set (an unparseable amount is
         *     reported by {@code assessTransfer})
         */
        public TransferCheck build() {
            String a = amount;
            if (a == null) {
                throw new IllegalArgumentException("assessTransfer: missing field `amount`");
            }
            return new TransferCheck(this, a);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof TransferCheck)) {
            return false;
        }
        TransferCheck c = (TransferCheck) o;
        return Objects.equals(pkg, c.pkg)
                && amount.equals(c.amount)
                && currency.equals(c.currency)
                && Objects.equals(payeeNew, c.payeeNew);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pkg, amount, currency, payeeNew);
    }
}
