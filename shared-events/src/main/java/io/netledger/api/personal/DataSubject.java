package io.netledger.api.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Whose data key seals the {@link PersonalData} components of an event: the subject's kind and the field holding its id. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DataSubject {

    SubjectKind kind();

    /** The component holding the subject's id (a {@code long}, or a {@code Long} that may be null). */
    String idField();
}
