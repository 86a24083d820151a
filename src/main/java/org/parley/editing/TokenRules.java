package org.parley.editing;

import io.smallrye.config.ConfigMapping;

/** How strictly bearer tokens are read (docs/editing.md). */
@ConfigMapping(prefix = "parley.jwt")
public interface TokenRules {

    /**
     * Seconds of disagreement allowed between the issuer's clock and this server's: a token stays valid this long past
     * its `exp`, and may say it was issued (`iat`) this far ahead. Also given to SmallRye JWT as mp.jwt.verify.clock.skew.
     */
    int clockSkew();
}
