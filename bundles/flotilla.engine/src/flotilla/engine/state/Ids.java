package flotilla.engine.state;

import java.util.SplittableRandom;

/** Docker-style object ids (25 lowercase alphanumerics), drawn from a seeded generator so runs repeat. */
public final class Ids {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    public static final int LENGTH = 25;

    private final SplittableRandom random;

    public Ids(long seed) {
        random = new SplittableRandom(seed);
    }

    public String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** Docker prints the first 12 characters of an id in tables. */
    public static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
