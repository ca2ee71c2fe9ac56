package dev.kaizen.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: a package-private {@code AbstractX} declares a value and
 * Immutables generates the public, final {@code X} with its builder, so that users see exactly one
 * public type per value.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    allParameters = false,
    headerComments = false,
    // Only @Override may be added from the class path: no @Generated & co., whose annotation
    // classes (compile-time only) would make every user's -Xlint:all build warn.
    allowedClasspathAnnotations = {Override.class},
    forceJacksonPropertyNames = false)
public @interface ValueStyle {}
