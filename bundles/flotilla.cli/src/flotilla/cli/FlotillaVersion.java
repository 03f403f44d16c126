package flotilla.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine.IVersionProvider;

/** Prints the version the way {@code docker --version} does: {@code Flotilla version 0.1.0, build 202611300312}. */
public final class FlotillaVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[]{describe(FrameworkUtil.getBundle(FlotillaVersion.class))};
    }

    static String describe(Bundle bundle) {
        Version version = bundle.getVersion();
        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        String build = version.getQualifier().isEmpty() ? "unknown" : version.getQualifier();
        return "Flotilla version " + release + ", build " + build;
    }
}
