package dev.kaizen.testing;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Shrinks a failing choice sequence to a simpler one that still fails: it deletes blocks of draws,
 * zeroes them, and lowers single draws, keeping every candidate that still fails and is smaller
 * (shorter, then lexicographically smaller).
 */
final class Shrinker {
  private final Predicate<long[]> fails;
  private final int maxReplays;
  private int replays;

  Shrinker(Predicate<long[]> fails, int maxReplays) {
    this.fails = fails;
    this.maxReplays = maxReplays;
  }

  int replays() {
    return replays;
  }

  long[] shrink(long[] failing) {
    long[] best = failing;
    boolean improved = true;
    while (improved && replays < maxReplays) {
      improved = false;
      for (int block = 8; block >= 1; block /= 2) {
        for (int start = 0; start + block <= best.length && replays < maxReplays; ) {
          long[] candidate = new long[best.length - block];
          System.arraycopy(best, 0, candidate, 0, start);
          System.arraycopy(best, start + block, candidate, start, best.length - start - block);
          if (tryCandidate(candidate)) {
            best = candidate;
            improved = true;
          } else {
            start++;
          }
        }
      }
      for (int block = 8; block >= 1; block /= 2) {
        for (int start = 0; start + block <= best.length && replays < maxReplays; start++) {
          boolean allZero = true;
          for (int i = start; i < start + block; i++) {
            allZero &= best[i] == 0;
          }
          if (allZero) {
            continue;
          }
          long[] candidate = best.clone();
          Arrays.fill(candidate, start, start + block, 0);
          if (tryCandidate(candidate)) {
            best = candidate;
            improved = true;
          }
        }
      }
      for (int i = 0; i < best.length && replays < maxReplays; i++) {
        // Binary search for the smallest value of draw i that still fails.
        long lo = 0;
        long hi = best[i];
        while (lo < hi && replays < maxReplays) {
          long mid = lo + (hi - lo) / 2;
          long[] candidate = best.clone();
          candidate[i] = mid;
          if (tryCandidate(candidate)) {
            best = candidate;
            hi = mid;
            improved = true;
          } else {
            lo = mid + 1;
          }
        }
      }
    }
    return best;
  }

  private boolean tryCandidate(long[] candidate) {
    replays++;
    return fails.test(candidate);
  }

  static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }
}
