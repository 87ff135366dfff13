package dev.anchorgraph.cli;

import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.neo4j.Neo4jSettings;
import java.io.PrintWriter;

/**
 * What a batch command needs from the command line that runs it: this run's Neo4j settings and a connection with the
 * schema applied. graph-loader's root command implements it, so commands of the modules below it (graph-analytics)
 * take it as their {@code @ParentCommand} without depending on the module that assembles the command line.
 */
public interface Connector {

    Neo4jSettings settings();

    /** Opens a connection with this run's settings and applies the schema, saying so on {@code out}. */
    Neo4jConnection connect(PrintWriter out);
}
