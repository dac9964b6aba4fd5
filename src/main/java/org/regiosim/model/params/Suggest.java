package org.regiosim.model.params;

import java.util.Collection;

/** Nearest-name suggestions for misspelt keys and values ("did you mean ...?"). */
public final class Suggest {

    private Suggest() {
    }

    /** The candidate with the smallest edit distance to {@code word}, or null if none is close. */
    public static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            // Case is no typo worth counting: SCALE means scale.
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        // Too far apart to be a typo: suggesting it would only confuse.
        if (best == null || bestDistance > Math.max(2, best.length() / 3)) {
            return null;
        }
        return best;
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String nearestHint(String word, Collection<String> candidates) {
        String n = nearest(word, candidates);
        return n == null ? "" : " (did you mean '" + n + "'?)";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
