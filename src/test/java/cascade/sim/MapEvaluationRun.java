package cascade.sim;

/**
 * Harness (not a unit test): scores the liquidation-map estimate against the simulator's truth.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) cascade.sim.MapEvaluationRun [symbols] [hours] [seed]}
 */
public final class MapEvaluationRun {
    private MapEvaluationRun() {
    }

    public static void main(String[] args) {
        int symbols = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int hours = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        for (double near : new double[] {Double.POSITIVE_INFINITY, 0.02, 0.01}) {
            for (int k : new int[] {3, 5, 10}) {
                MapEvaluation.Result r = MapEvaluation.run(SimConfig.defaults(seed).withSymbolCount(symbols)
                        .withDuration(hours * 3_600_000L), k, near, 2 * 3_600_000L);
                System.out.printf("near ±%s k=%d: estimate %.3f  truth %.3f  band %.3f  (ranges cover %.3f %% of "
                        + "price, %d symbol-hours, %.0f USD liquidated)%n", near, k, r.estimate(), r.truth(),
                        r.band(), 100 * r.estimateWidth(), r.symbolHours(), r.liquidatedUsd());
            }
        }
    }
}
