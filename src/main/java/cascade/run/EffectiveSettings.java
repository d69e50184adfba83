package cascade.run;

import cascade.report.RunSettings;
import java.nio.file.Path;
import cascade.strategy.StrategyProfile;

/** The settings a run used, read off its effective spec and profile (overrides already applied). */
final class EffectiveSettings {
    private EffectiveSettings() {
    }

    /** A path under the working directory relative to it (as a user would type it), else absolute. */
    static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static RunSettings of(BacktestSpec spec, StrategyProfile profile) {
        BacktestSpec.VenueCosts c = spec.venue();
        return new RunSettings(shown(spec.strategy()), spec.fromMs(), spec.toMs(), spec.initialBalanceUsd(),
                c.makerFee(), c.takerFee(), c.slippageBps(), c.latency().text(), profile.risk().leverage(),
                c.maintenanceLabel(), c.fundingInterval().text());
    }
}
