/**
 * JMH benchmarks of Vern's hot paths, each beside the simple alternative a user would write.
 *
 * <p>Build and run from the repository root:
 *
 * <pre>
 * ./mvnw -q -B -DskipTests -pl vern-bench -am package
 * java -jar vern-bench/target/benchmarks.jar            # everything
 * java -jar vern-bench/target/benchmarks.jar DomainIndex # one benchmark class
 * </pre>
 */
@NullMarked
package eu.vern.bench;

import org.jspecify.annotations.NullMarked;
