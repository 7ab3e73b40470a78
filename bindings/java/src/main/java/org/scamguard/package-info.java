/**
 * The scamguard engine for Java and Kotlin: feed device events to a {@link
 * org.scamguard.ScamGuard}, get {@link org.scamguard.Warning}s before money moves.
 *
 * <p>Null-marked (JSpecify): every type in a public signature is non-null unless it carries
 * {@code @Nullable}, so Kotlin sees {@code String} / {@code String?} instead of platform types.
 */
@NullMarked
package org.scamguard;

import org.jspecify.annotations.NullMarked;
