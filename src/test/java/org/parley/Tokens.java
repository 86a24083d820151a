package org.parley;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real RS256 tokens signed with the development key pair (src/dev/jwt), as src/dev/jwt/mint-token.sh makes them:
 * the application verifies them exactly as it would a production token.
 */
public final class Tokens {

    public static final String ISSUER = "https://parley.dev/issuer";

    private Tokens() {
    }

    public static String editor(String subject) {
        return sign(ISSUER, subject, 3600, "editor");
    }

    public static String admin(String subject) {
        return sign(ISSUER, subject, 3600, "admin");
    }

    /** A token; {@code lifetimeSeconds} below zero makes one that has already expired. */
    public static String sign(String issuer, String subject, long lifetimeSeconds, String... roles) {
        long now = Instant.now().getEpochSecond();
        return sign(issuer, subject, now - 60 + Math.min(0, lifetimeSeconds), now + lifetimeSeconds, roles);
    }

    /** A token issued ({@code iat}) and expiring ({@code exp}) at these epoch seconds. */
    public static String sign(String issuer, String subject, long issuedAt, long expires, String... roles) {
        String groups = Stream.of(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = String.format("{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[%s],\"iat\":%d,\"exp\":%d}",
                issuer, subject, subject, groups, issuedAt, expires);
        String signed = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    private static PrivateKey privateKey() throws Exception {
        String pem = Files.readString(Path.of("src/dev/jwt/private-key.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
