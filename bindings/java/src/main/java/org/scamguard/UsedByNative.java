package org.scamguard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class, constructor, method or field that native code ({@code libscamguard.so}) looks
 * up by name. R8/ProGuard must keep it unrenamed; {@code consumer-rules.pro} does that for
 * everything carrying this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.FIELD})
public @interface UsedByNative {}
