package cascade.sim;

import cascade.map.LeverageTiers;
import cascade.map.MapConfig;

/**
 * Harness (not a unit test): the liquidation-map settings grid scored on simulator seeds.
 * {@code java -cp target/classes:target/test-classes cascade.sim.MapTuningRun seeds halfLifeHours takerSplit tiers...}
 * e.g. {@code 1,2,3 0,6,24 0,0.5,1 default 50:1,100:1}.
 */
public final class MapTuningRun {
    private MapTuningRun() {
    }

    public static void main(String[] args) {
        String[] seeds = args[0].split(",");
        String[] halfLives = args[1].split(",");
        String[] splits = args[2].split(",");
        String[] spreads = args[3].split(",");
        String[] turnovers = args[4].split(",");
        String[] adapts = args[5].split(",");
        for (int t = 6; t < args.length; t++) {
            LeverageTiers tiers = tiers(args[t]);
            for (String hl : halfLives) {
                for (String sp : splits) {
                  for (String ms : spreads) {
                  for (String to : turnovers) {
                  for (String va : adapts) {
                    MapConfig map = MapConfig.DEFAULT.withTiers(tiers)
                            .withHalfLifeMs(Math.round(Double.parseDouble(hl) * 3_600_000))
                            .withTakerSplit(Double.parseDouble(sp)).withMarginSpread(Double.parseDouble(ms))
                            .withTurnover(Double.parseDouble(to)).withVolAdaptation(Double.parseDouble(va));
                    StringBuilder line = new StringBuilder(String.format("tiers %-28s hl %5s split %4s spread %4s turnover %5s va %4s |",
                            args[t], hl, sp, ms, to, va));
                    double sum = 0;
                    double sumAny = 0;
                    for (String seed : seeds) {
                        MapScoring.Result r = MapScoring.simulate(SimConfig.defaults(Long.parseLong(seed)),
                                map, MapScoring.DEFAULT_WARM_UP_MS);
                        MapScoring.Cell near = r.cell(0.01, 5);
                        MapScoring.Cell any = r.cell(Double.POSITIVE_INFINITY, 5);
                        sum += near.estimate();
                        sumAny += any.estimate();
                        line.append(String.format(" s%s est %.3f band %.3f truth %.3f any %.3f |", seed,
                                near.estimate(), near.band(), near.truth(), any.estimate()));
                    }
                    line.append(String.format(" mean near %.4f any %.4f", sum / seeds.length, sumAny / seeds.length));
                    System.out.println(line);
                  }
                  }
                  }
                }
            }
        }
    }

    static LeverageTiers tiers(String spec) {
        if (spec.equals("default")) {
            return LeverageTiers.defaults();
        }
        String[] parts = spec.split(",");
        double[] lev = new double[parts.length];
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] kv = parts[i].split(":");
            lev[i] = Double.parseDouble(kv[0]);
            w[i] = Double.parseDouble(kv[1]);
        }
        return new LeverageTiers(lev, w, 0.004);
    }
}
