package fi.turvaverkko.situation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GetisOrdGiStarTests {

    /** Five areas on a line, each next to the one before and after it. */
    static final int[][] LINE = {{1}, {0, 2}, {1, 3}, {2, 4}, {3}};

    @Test
    void equalsTheHandComputedExampleOfFiveAreasOnALine() {
        // values 1, 2, 3, 4, 10; n = 5
        // X̄ = 20/5 = 4; Σx² = 1 + 4 + 9 + 16 + 100 = 130; S = √(130/5 − 4²) = √(26 − 16) = √10
        // ends (itself and one neighbour, W = 2):    √[(5·2 − 2²)/4] = √1.5
        // middle (itself and two neighbours, W = 3): √[(5·3 − 3²)/4] = √1.5
        // so every denominator is √10 · √1.5 = √15
        // area 0: Σ = 1 + 2     = 3,  3 − 4·2  = −5 → z = −5/√15
        // area 1: Σ = 1 + 2 + 3 = 6,  6 − 4·3  = −6 → z = −6/√15
        // area 2: Σ = 2 + 3 + 4 = 9,  9 − 4·3  = −3 → z = −3/√15
        // area 3: Σ = 3 + 4 + 10 = 17, 17 − 4·3 = 5 → z = 5/√15
        // area 4: Σ = 4 + 10    = 14, 14 − 4·2 = 6 → z = 6/√15
        var scores = GetisOrdGiStar.scores(new double[] {1, 2, 3, 4, 10}, LINE);
        double root15 = Math.sqrt(15);
        double[] expected = {-5 / root15, -6 / root15, -3 / root15, 5 / root15, 6 / root15};
        for (int i = 0; i < expected.length; i++) {
            assertThat(scores.get(i).z()).as("z of area %d", i).isCloseTo(expected[i], within(1e-9));
            assertThat(scores.get(i).pValue()).as("p of area %d", i)
                    .isCloseTo(Distributions.normalUpperTail(expected[i]), within(1e-12));
        }
        // 6/√15 = 1.5491933…: P(Z ≥ 1.5492) = 0.0606…, the hottest area but not a hot spot at 5 %
        assertThat(scores.get(4).pValue()).isCloseTo(0.060667, within(1e-6));
    }

    @Test
    void ignoresTheAreaItselfAndRepeatsInTheNeighbourLists() {
        int[][] messy = {{1, 0, 1}, {0, 2, 1}, {1, 3, 3}, {2, 4}, {3, 3}};
        assertThat(GetisOrdGiStar.scores(new double[] {1, 2, 3, 4, 10}, messy))
                .isEqualTo(GetisOrdGiStar.scores(new double[] {1, 2, 3, 4, 10}, LINE));
    }

    @Test
    void givesZeroAndOneWhenAllValuesAreEqual() {
        assertThat(GetisOrdGiStar.scores(new double[] {0.1, 0.1, 0.1, 0.1, 0.1}, LINE))
                .containsOnly(new GetisOrdGiStar.Score(0, 1));
        assertThat(GetisOrdGiStar.scores(new double[] {0, 0, 0, 0, 0}, LINE))
                .containsOnly(new GetisOrdGiStar.Score(0, 1));
    }

    @Test
    void givesZeroAndOneToAnAreaThatNeighboursAllOthers() {
        int[][] star = {{1, 2, 3}, {0}, {0}, {0}};
        var scores = GetisOrdGiStar.scores(new double[] {5, 1, 2, 3}, star);
        assertThat(scores.get(0)).isEqualTo(new GetisOrdGiStar.Score(0, 1));
        // the others as usual: X̄ = 11/4 = 2.75, S² = (25 + 1 + 4 + 9)/4 − 2.75² = 2.1875;
        // area 1 with area 0: 1 + 5 − 2.75 · 2 = 0.5 over √2.1875 · √[(4 · 2 − 2²)/3]
        assertThat(scores.get(1).z()).isCloseTo(0.5 / (Math.sqrt(2.1875) * Math.sqrt(4.0 / 3)), within(1e-12));
    }

    @Test
    void findsAClusterOfHighValuesAsAHotSpot() {
        // a 6 × 6 grid with rook neighbours; a 2 × 2 block of high values in one corner
        int side = 6;
        var values = new double[side * side];
        var neighbours = new int[side * side][];
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                int i = row * side + column;
                values[i] = row < 2 && column < 2 ? 20 : 1 + (i % 3);
                var list = new java.util.ArrayList<Integer>();
                if (row > 0) {
                    list.add(i - side);
                }
                if (row < side - 1) {
                    list.add(i + side);
                }
                if (column > 0) {
                    list.add(i - 1);
                }
                if (column < side - 1) {
                    list.add(i + 1);
                }
                neighbours[i] = list.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        var scores = GetisOrdGiStar.scores(values, neighbours);
        assertThat(scores.get(0).z()).isGreaterThan(3);
        assertThat(scores.get(0).pValue()).isLessThan(0.001);
        assertThat(scores.get(side * side - 1).z()).isNegative();
    }
}
