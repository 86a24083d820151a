package org.parley.common.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.hibernate.proxy.HibernateProxy;
import org.parley.common.error.InvalidInputException;
import org.parley.common.value.TextRules;

/** Encodes and decodes the opaque global ids of {@link Node}: base64url of "TypeName:key". */
public final class GlobalId {

    private GlobalId() {
    }

    public static String of(Class<?> type, Long key) {
        return encode(typeName(type), key);
    }

    public static String encode(String typeName, long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((typeName + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The GraphQL type name of an entity class, seen through Hibernate proxies. */
    public static String typeName(Class<?> type) {
        Class<?> real = HibernateProxy.class.isAssignableFrom(type) ? type.getSuperclass() : type;
        org.eclipse.microprofile.graphql.Name name = real.getAnnotation(org.eclipse.microprofile.graphql.Name.class);
        return name != null ? name.value() : real.getSimpleName();
    }

    public static Decoded decode(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("An id is required.");
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(id.trim()), StandardCharsets.UTF_8);
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("no type name");
            }
            return new Decoded(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) { // bad base64, no type, or a key that is not a number
            throw new InvalidInputException(TextRules.echo(id) + " is not a Parley id: ids are the opaque strings returned in `id` fields.");
        }
    }

    /** Decodes an id that must denote an object of the given type. */
    public static long keyOf(String id, Class<?> expected) {
        Decoded decoded = decode(id);
        String want = typeName(expected);
        if (!decoded.typeName().equals(want)) {
            throw new InvalidInputException("Id " + TextRules.echo(id) + " denotes a " + decoded.typeName() + ", not a " + want + ".");
        }
        return decoded.key();
    }

    public record Decoded(String typeName, long key) {
    }
}
