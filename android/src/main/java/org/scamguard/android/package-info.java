/**
 * scamguard on Android: {@link org.scamguard.android.ScamGuardAndroid} (one engine per process,
 * never throws), {@link org.scamguard.android.BankAppGuard} (bank-app mode), the warning UI and
 * the adapters.
 *
 * <p>Null-marked (JSpecify): every type in a public signature is non-null unless it carries
 * {@code @Nullable}, so Kotlin sees {@code String} / {@code String?} instead of platform types.
 * The framework-free {@code mapping} package is not null-marked.
 */
@NullMarked
package org.scamguard.android;

import org.jspecify.annotations.NullMarked;
