package dev.anchorgraph.loader;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var v = GraphLoader.class.getPackage().getImplementationVersion();
        return new String[] {"graph-loader " + (v == null ? "(development build)" : v)};
    }
}
